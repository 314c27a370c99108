package app.glance.inference.ort;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrtSessionsTest {

    @Test
    void theDecoderRunsOnOneThreadAndTheOtherGraphsOnThoseAskedFor() {
        assertThat(OrtSessions.intraOpThreads("decoder", 2)).isEqualTo(1);
        assertThat(OrtSessions.intraOpThreads("decoder", 8)).isEqualTo(1);
        assertThat(OrtSessions.intraOpThreads("vision", 2)).isEqualTo(2);
        assertThat(OrtSessions.intraOpThreads("ser_connector", 4)).isEqualTo(4);
        assertThat(OrtSessions.intraOpThreads("vision", 0)).as("at least one").isEqualTo(1);
    }
}
