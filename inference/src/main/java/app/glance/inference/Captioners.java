package app.glance.inference;

import app.glance.inference.ort.OrtCaptioner;

import java.nio.file.Path;

/** Opens captioners; the only way other modules get one. */
public final class Captioners {

    private Captioners() {
    }

    /** Opens the model package in {@code dir} on ONNX Runtime with {@code threads} intra-op threads. */
    public static Captioner open(Path dir, int threads) throws CaptionException {
        return open(dir, RuntimeOptions.defaults(threads));
    }

    /** Opens the model package in {@code dir} on ONNX Runtime as {@code options} say. */
    public static Captioner open(Path dir, RuntimeOptions options) throws CaptionException {
        return OrtCaptioner.open(ModelPackage.open(dir), options);
    }
}
