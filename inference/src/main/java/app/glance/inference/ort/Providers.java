package app.glance.inference.ort;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;

/**
 * Adds one execution provider to session options. The Maven ONNX Runtime jar is built for the CPU only, so CUDA,
 * CoreML and DirectML fail here with an {@link OrtException} and the caller moves on to the next provider.
 *
 * <p>DirectML goes through ORT's generic {@code SessionOptionsAppendExecutionProvider("DML", ...)}, which ORT Java
 * reaches only through the private {@code SessionOptions.addExecutionProvider(String, Map)}: {@code addDirectML(int)}
 * calls a JNI entry that this build compiled without DirectML. It works when the native library loaded from
 * {@code -Donnxruntime.native.path} is a DirectML build of the same ORT version (see docs/directml.md). DirectML
 * also needs memory-pattern optimisation off and sequential execution. {@code addCPU(boolean)} is never called:
 * the Windows JNI imports by ordinal and a foreign DLL has another function there.
 */
final class Providers {

    private Providers() {
    }

    /** The name reported to users and in {@code --json}: "CPU", "CUDA", "CoreML" or "DirectML". */
    static String canonical(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "cpu" -> "CPU";
            case "cuda" -> "CUDA";
            case "coreml" -> "CoreML";
            case "directml", "dml" -> "DirectML";
            default -> throw new IllegalArgumentException("unknown execution provider " + name);
        };
    }

    static void add(OrtSession.SessionOptions options, String name) throws OrtException {
        switch (canonical(name)) {
            case "CPU" -> { }
            case "CUDA" -> options.addCUDA(0);
            case "CoreML" -> options.addCoreML();
            case "DirectML" -> {
                options.setMemoryPatternOptimization(false);
                options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                addGeneric(options, "DML", Map.of("device_id", "0"));
            }
            default -> throw new IllegalStateException(name);
        }
    }

    /** ORT's generic append-provider call by name, through the private Java method that wraps it. */
    static void addGeneric(OrtSession.SessionOptions options, String ortName, Map<String, String> providerOptions)
            throws OrtException {
        Method m;
        try {
            m = OrtSession.SessionOptions.class.getDeclaredMethod("addExecutionProvider", String.class, Map.class);
            m.setAccessible(true);
        } catch (NoSuchMethodException | RuntimeException e) {
            throw new OrtException("this ONNX Runtime Java version has no generic execution-provider call");
        }
        try {
            m.invoke(options, ortName, providerOptions);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof OrtException ort) {
                throw ort;
            }
            throw new OrtException(String.valueOf(e.getCause()));
        } catch (IllegalAccessException e) {
            throw new OrtException("the generic execution-provider call is not accessible: " + e.getMessage());
        }
    }
}
