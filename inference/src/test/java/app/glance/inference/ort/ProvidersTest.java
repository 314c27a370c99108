package app.glance.inference.ort;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the CPU-only Maven build of ONNX Runtime says to each provider Glance asks for. */
class ProvidersTest {

    @Test
    void namesAreCanonical() {
        assertThat(Providers.canonical("dml")).isEqualTo("DirectML");
        assertThat(Providers.canonical("directml")).isEqualTo("DirectML");
        assertThat(Providers.canonical("cuda")).isEqualTo("CUDA");
        assertThat(Providers.canonical("COREML")).isEqualTo("CoreML");
        assertThatThrownBy(() -> Providers.canonical("tpu")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theGenericCallReachesOnnxRuntimeWhichRefusesDirectMlInThisBuild() throws Exception {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            // the private method is found and invoked; the refusal comes from the native library itself
            assertThatThrownBy(() -> Providers.addGeneric(options, "DML", Map.of("device_id", "0")))
                    .isInstanceOf(OrtException.class)
                    .hasMessageContaining("DML");
        }
    }

    @Test
    void gpuProvidersFailWithAnOrtExceptionAndTheCpuNeedsNothing() throws Exception {
        for (String p : new String[] {"DirectML", "CUDA", "CoreML"}) {
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                assertThatThrownBy(() -> Providers.add(options, p)).as(p).isInstanceOf(OrtException.class);
            }
        }
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            Providers.add(options, "CPU");
        }
    }
}
