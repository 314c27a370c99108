package app.glance.tests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short soak of the default test run: {@code glance soak --requests 120} on the tiny model with real OCR and
 * speech (the full 2,000-request run is the same command without --requests; its figures are in
 * docs/reliability.md). The command checks the figures itself and exits 1 when one is off.
 */
class SoakTest {

    @Test
    void rapidMixedRequestsAllEndAndNothingGrows(@TempDir Path dir) throws Exception {
        // its own JVM: threads, open files and memory are the soak's alone
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglance.home=" + GlanceCli.ROOT, "-Duser.home=" + dir, "-Djava.io.tmpdir=" + dir,
                "-Dglance.stdout=" + dir.resolve("result.json"), // the OCR library prints chatter on stdout
                "-cp", System.getProperty("java.class.path"), "app.glance.app.Main",
                "soak", "--requests", "120", "--json", "--model", GlanceCli.TINY.toString())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the soak finished").isTrue();
        String out = Files.readString(dir.resolve("result.json"));
        GlanceCli.Outcome o = new GlanceCli.Outcome(p.exitValue(), out, Files.readString(dir.resolve("err.txt")), "");
        JsonNode r = o.json().get(0);
        assertThat(r.get("not_ended").asInt()).as(o.out()).isZero();
        assertThat(r.path("outcomes").path("failed").asInt(0)).as(o.out()).isZero();
        assertThat(r.path("outcomes").path("done").asInt(0)).as("most requests ran to the end: " + o.out())
                .isGreaterThan(30);
        assertThat(r.get("described_by_model").asInt()).as("cache misses reached the model").isGreaterThan(5);
        assertThat(r.get("last").asText()).isEqualTo("done");
        assertThat(r.path("end").path("threads").asInt()).isLessThanOrEqualTo(r.path("warm").path("threads").asInt());
        // a file, pipe or socket left open by a request would show here (jar files opened by the class loader aside)
        assertThat(r.get("files_leaked")).as(o.out()).isEmpty();
        assertThat(r.get("rss_growth_pct").asDouble()).as(o.out()).isLessThanOrEqualTo(20.0); // SoakCommand's limit
        assertThat(r.get("ok").asBoolean()).isTrue();
        assertThat(o.code()).isZero();
    }
}
