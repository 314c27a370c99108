package app.glance.inference.ort;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import app.glance.inference.CaptionException;
import app.glance.inference.ModelPackage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The package's ONNX Runtime sessions, created once with the same options and closed together. */
final class OrtSessions implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OrtSessions.class);

    private final Map<String, OrtSession> sessions;
    private final String provider;

    private OrtSessions(Map<String, OrtSession> sessions, String provider) {
        this.sessions = sessions;
        this.provider = provider;
    }

    /**
     * Creates every session with the first execution provider of {@code providers} that ONNX Runtime accepts for
     * all of them; a provider that fails (not in this build, no device, a graph it cannot run) is logged and the
     * next one tried. When the last one fails too, the model itself is the problem.
     */
    static OrtSessions open(OrtEnvironment env, ModelPackage pkg, int threads, List<String> providers)
            throws CaptionException {
        for (int i = 0; i < providers.size(); i++) {
            String provider = Providers.canonical(providers.get(i));
            boolean last = i == providers.size() - 1;
            try {
                return open(env, pkg, threads, provider);
            } catch (CaptionException e) {
                if (last) {
                    throw e;
                }
                LOG.info("execution provider {} is not available: {}", provider, ortReason(e.getCause() == null
                        ? e.getMessage() : e.getCause().getMessage()));
            }
        }
        throw new IllegalArgumentException("no execution provider to try");
    }

    private static OrtSessions open(OrtEnvironment env, ModelPackage pkg, int threads, String provider)
            throws CaptionException {
        Map<String, OrtSession> map = new LinkedHashMap<>();
        String role = null;
        try {
            for (String r : List.of("vision", "connector", "embed", "ser_connector", "decoder")) {
                role = r;
                try (OrtSession.SessionOptions options = options(intraOpThreads(role, threads), provider)) {
                    map.put(role, env.createSession(pkg.graph(role).file().toString(), options));
                }
            }
            LOG.info("ONNX Runtime runs the captioner on {}", provider);
            return new OrtSessions(map, provider);
        } catch (OrtException | RuntimeException e) {
            map.values().forEach(OrtSessions::closeQuietly);
            String file = role == null ? "a graph" : String.valueOf(pkg.graph(role).file().getFileName());
            throw new CaptionException(CaptionException.Reason.MODEL_INCOMPATIBLE, "The model in " + pkg.dir()
                    + " cannot be loaded by ONNX Runtime: " + file + " is damaged or unsupported ("
                    + ortReason(e.getMessage()) + ").", e);
        }
    }

    private static OrtSession.SessionOptions options(int threads, String provider) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        try {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            // ONNX Runtime's threads spin after a run, waiting for the next; each of the five sessions has its own, and
            // on two cores they took the cores from the session running (and from OCR beside it): with spinning off
            // the captioner alone took half the time (vision + both passes 23 ms against 48 ms on the bench screens)
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            Providers.add(options, provider);
            return options;
        } catch (OrtException | RuntimeException e) {
            options.close();
            throw e;
        }
    }

    /**
     * The threads a role's session splits each run over: {@code threads}, but one for the decoder. Its runs are
     * mostly one token each (0.25-0.33 ms on one thread against 0.38-0.43 on two, best of 200), too small to gain
     * from a second thread's wake-up, and while pass 2 decodes, OCR reads on beside it: with the other core left to
     * OCR the bench's refined caption came in 220.5-255.5 ms against 234-282.5 (six interleaved runs each, stop 38),
     * OCR in 382-459 against 362.5-476.5 ms; pass 2's prompt of 150 tokens takes 4.8 ms against 3.9.
     */
    static int intraOpThreads(String role, int threads) {
        return role.equals("decoder") ? 1 : Math.max(1, threads);
    }

    /**
     * ONNX Runtime's reason without its error-code prefix, the file path and the C++ source location, e.g.
     * "Protobuf parsing failed" for "Error code - ORT_INVALID_PROTOBUF - message: Load model from /p/x.onnx
     * failed:Protobuf parsing failed.".
     */
    static String ortReason(String message) {
        String m = String.valueOf(message).strip();
        m = m.replaceFirst("^Error code - \\w+ - message: ", "");
        m = m.replaceFirst("^Load model from .+? failed:", "");
        m = m.replaceFirst("^\\S+\\.(cc|cpp|h):\\d+ \\S+?\\(.*\\) ", "");
        m = m.strip().replaceAll("[.\\s]+$", "");
        return m.isEmpty() ? "no reason given" : m;
    }

    OrtSession get(String role) {
        return sessions.get(role);
    }

    String provider() {
        return provider;
    }

    /** Closes {@code s} (null is fine); closing is best effort. */
    static void closeQuietly(OrtSession s) {
        if (s == null) {
            return;
        }
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
