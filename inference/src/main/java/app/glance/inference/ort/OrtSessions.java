package app.glance.inference.ort;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import app.glance.inference.CaptionException;
import app.glance.inference.ModelPackage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The package's ONNX Runtime sessions, created once with the same options and closed together. */
final class OrtSessions implements AutoCloseable {

    private final Map<String, OrtSession> sessions;
    private final String provider;

    private OrtSessions(Map<String, OrtSession> sessions, String provider) {
        this.sessions = sessions;
        this.provider = provider;
    }

    static OrtSessions open(OrtEnvironment env, ModelPackage pkg, int threads) throws CaptionException {
        Map<String, OrtSession> map = new LinkedHashMap<>();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setIntraOpNumThreads(Math.max(1, threads));
            options.setInterOpNumThreads(1);
            for (String role : List.of("vision", "connector", "embed", "ser_connector", "decoder")) {
                map.put(role, env.createSession(pkg.graph(role).file().toString(), options));
            }
            return new OrtSessions(map, "CPU");
        } catch (OrtException | RuntimeException e) {
            map.values().forEach(OrtSessions::closeQuietly);
            throw new CaptionException(CaptionException.Reason.MODEL_INCOMPATIBLE,
                    "The model in " + pkg.dir() + " cannot be loaded by ONNX Runtime: " + e.getMessage(), e);
        }
    }

    OrtSession get(String role) {
        return sessions.get(role);
    }

    String provider() {
        return provider;
    }

    private static void closeQuietly(OrtSession s) {
        try {
            s.close();
        } catch (OrtException ignored) {
            // closing is best effort
        }
    }

    @Override
    public void close() {
        sessions.values().forEach(OrtSessions::closeQuietly);
    }
}
