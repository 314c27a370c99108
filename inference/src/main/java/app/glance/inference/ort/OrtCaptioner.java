package app.glance.inference.ort;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import app.glance.inference.CaptionException;
import app.glance.inference.CaptionListener;
import app.glance.inference.CaptionResult;
import app.glance.inference.Cancellation;
import app.glance.inference.Captioner;
import app.glance.inference.DetailLevel;
import app.glance.inference.ModelPackage;
import app.glance.inference.RgbImage;
import app.glance.inference.RuntimeOptions;
import app.glance.inference.Timings;
import app.glance.inference.decode.Decoded;
import app.glance.inference.decode.Decoder;
import app.glance.inference.decode.StepModel;
import app.glance.inference.image.Preprocessor;
import app.glance.inference.text.PromptTokenizer;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The two-pass MM-SeR captioner on ONNX Runtime: vision encoder (with SeR taps) -> connector -> LM (pass 1), then
 * SeR-Connector over the multi-layer features and the initial caption's embeddings -> the same LM (pass 2).
 * Sessions are created once; every tensor and result is closed. Not thread-safe: one inference thread owns it.
 */
public final class OrtCaptioner implements Captioner {

    /** The decoder input that asks for the logits of several last positions (docs/model-package.md). */
    static final String LOGIT_POSITIONS = "logit_positions";

    private final ModelPackage pkg;
    private final OrtEnvironment env;
    private final OrtSessions sessions;
    private final Preprocessor preprocessor;
    private final PromptTokenizer tokenizer;
    private final Decoder decoder;
    /** Whether the decoder gives logits for several positions at once. */
    private final boolean readsPositions;
    /** Whether pass 2 reads guesses from pass 1's caption ahead (the same caption in fewer runs); tests turn it off. */
    private final boolean guessFromDraft;

    private OrtCaptioner(ModelPackage pkg, OrtEnvironment env, OrtSessions sessions, PromptTokenizer tokenizer,
                         String decoding, boolean guessFromDraft) throws OrtException {
        this.pkg = pkg;
        this.readsPositions = sessions.get("decoder").getInputNames().contains(LOGIT_POSITIONS);
        this.guessFromDraft = guessFromDraft;
        this.env = env;
        this.sessions = sessions;
        this.tokenizer = tokenizer;
        this.preprocessor = new Preprocessor(pkg.imageSize(), pkg.mean(), pkg.std());
        this.decoder = Decoder.of(decoding, pkg.beams() > 1 ? pkg.beams() : 3,
                pkg.token("eos"), pkg.noRepeatNgram());
    }

    public static OrtCaptioner open(ModelPackage pkg, RuntimeOptions options) throws CaptionException {
        return open(pkg, options, true);
    }

    /** As {@link #open(ModelPackage, RuntimeOptions)}; {@code guessFromDraft} false decodes pass 2 token by token. */
    static OrtCaptioner open(ModelPackage pkg, RuntimeOptions options, boolean guessFromDraft)
            throws CaptionException {
        PromptTokenizer tokenizer = new PromptTokenizer(pkg); // before the sessions: none is left open if it fails
        OrtEnvironment env = OrtRuntime.environment();
        OrtSessions sessions = OrtSessions.open(env, pkg, options.threads(), options.providers());
        try {
            return new OrtCaptioner(pkg, env, sessions, tokenizer,
                    options.decoding().orElse(pkg.decodingStrategy()), guessFromDraft);
        } catch (OrtException e) {
            sessions.close();
            throw new CaptionException(CaptionException.Reason.MODEL_INCOMPATIBLE,
                    "the decoder's inputs cannot be read: " + OrtSessions.ortReason(e.getMessage()), e);
        } catch (RuntimeException e) {
            sessions.close();
            throw e;
        }
    }

    @Override
    public String modelId() {
        return pkg.id();
    }

    @Override
    public double probablyBelow() {
        return pkg.probablyBelow();
    }

    @Override
    public double guessBelow() {
        return pkg.guessBelow();
    }

    @Override
    public double guessBelow(String caption) {
        return pkg.guessBelow(caption);
    }

    @Override
    public double firstPassProbablyBelow(DetailLevel level) {
        return pkg.firstPassProbablyBelow(level);
    }

    @Override
    public double guessBelow(String caption, DetailLevel level) {
        return pkg.guessBelow(caption, level);
    }

    @Override
    public boolean describesPhotos() {
        return pkg.describesPhotos();
    }

    @Override
    public String provider() {
        return sessions.provider();
    }

    /** Whether pass 2 checks guesses from pass 1's caption several tokens at a time. */
    boolean readsAhead() {
        return guessFromDraft && readsPositions;
    }

    public PromptTokenizer tokenizer() {
        return tokenizer;
    }

    /** The preprocessed pixels of {@code image}, NCHW; exposed for the parity test and the benchmark. */
    public float[] preprocess(RgbImage image) {
        return preprocessor.apply(image);
    }

    @Override
    public boolean hasEnoughText(List<String> firstLines) {
        return !pkg.usesText() || tokenizer.fillsText(firstLines);
    }

    @Override
    public CaptionResult caption(RgbImage image, List<String> pass1Text, Supplier<List<String>> pass2Text,
                                 DetailLevel level, Cancellation cancel, CaptionListener listener)
            throws CaptionException {
        List<String> lines = pkg.usesText() ? pass1Text : List.of();
        try {
            long t0 = System.nanoTime();
            float[] pixels = preprocessor.apply(image);
            long t1 = System.nanoTime();
            float[][] vision = runVision(pixels);
            long[] featureShape = pkg.shape("connector", "inputs", 0);
            float[] imageEmbeds = runOne("connector", vision[0], featureShape);
            long t2 = System.nanoTime();
            int n = imageEmbeds.length / pkg.hidden();
            int maxNew = pkg.maxNewTokens(level);
            int[] head = tokenizer.head();
            Decoded first = decoder.decode(new OrtStep(head, imageEmbeds, n, tokenizer.tail(lines, level, null)),
                    maxNew, cancel);
            String initial = tokenizer.decode(first.ids());
            long t3 = System.nanoTime();
            if (first.cancelled()) {
                return new CaptionResult(initial, "", first.ids(), new int[0], first.meanProbability(), 0,
                        timings(t0, t1, t2, t3, t3), true);
            }
            listener.onInitial(initial, first.meanProbability());
            long serStart = System.nanoTime(); // the listener's time (it may wait for a title) is not the SeR's
            int[] draft = first.ids().length == 0 ? new int[] {pkg.token("eos")}
                    : Arrays.copyOf(first.ids(), Math.min(first.ids().length, tokenizer.maxDraftTokens()));
            float[] draftEmbeds = embed(draft);
            float[] serEmbeds = runSer(vision[1], n, draftEmbeds, draft.length);
            long tSer = System.nanoTime();
            long waitStart = System.nanoTime();
            lines = pkg.usesText() ? pass2Text.get() : List.of();
            long waited = System.nanoTime() - waitStart; // OCR time, not the captioner's: kept out of pass 2
            Decoded second = decoder.decode(new OrtStep(head, serEmbeds, n, tokenizer.tail(lines, level, draft)),
                    maxNew, cancel, first.ids());
            String refined = second.cancelled() ? "" : tokenizer.decode(second.ids());
            long t4 = System.nanoTime() - waited;
            if (!second.cancelled()) {
                listener.onRefined(refined, second.meanProbability());
            }
            Timings t = timings(t0, t1, t2, t3, t4);
            return new CaptionResult(initial, refined, first.ids(), second.ids(), first.meanProbability(),
                    second.meanProbability(), new Timings(t.preprocessMs(), t.visionMs(), t.pass1Ms(),
                    ms(t4 - tSer), 0, t.totalMs(), ms(tSer - serStart)), second.cancelled());
        } catch (CaptionException e) {
            throw e;
        } catch (Exception e) {
            throw new CaptionException(CaptionException.Reason.RUNTIME_FAILURE,
                    "The captioner failed: " + OrtSessions.ortReason(e.getMessage()) + ".", e);
        }
    }

    private static Timings timings(long t0, long t1, long t2, long t3, long t4) {
        return new Timings(ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), 0, ms(t4 - t0));
    }

    private static long ms(long nanos) {
        return Math.round(nanos / 1e6);
    }

    /** Runs the vision graph; returns {pass-1 features, SeR features}. */
    float[][] runVision(float[] pixels) throws OrtException {
        ModelPackage.Graph g = pkg.graph("vision");
        int s = pkg.imageSize();
        try (OnnxTensor px = OnnxTensor.createTensor(env, FloatBuffer.wrap(pixels), new long[] {1, 3, s, s});
             OrtSession.Result r = sessions.get("vision").run(Map.of(g.inputs().get(0), px))) {
            return new float[][] {floats(r.get(0)), floats(r.get(1))};
        }
    }

    private float[] runOne(String role, float[] input, long[] shape) throws OrtException {
        String name = pkg.graph(role).inputs().get(0);
        try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), shape);
             OrtSession.Result r = sessions.get(role).run(Map.of(name, t))) {
            return floats(r.get(0));
        }
    }

    private float[] runSer(float[] serFeatures, int n, float[] captionEmbeds, int captionTokens) throws OrtException {
        ModelPackage.Graph g = pkg.graph("ser_connector");
        int d = pkg.hidden();
        try (OnnxTensor f = OnnxTensor.createTensor(env, FloatBuffer.wrap(serFeatures),
                new long[] {1, n, serFeatures.length / n});
             OnnxTensor c = OnnxTensor.createTensor(env, FloatBuffer.wrap(captionEmbeds),
                     new long[] {1, captionTokens, d});
             OrtSession.Result r = sessions.get("ser_connector").run(Map.of(g.inputs().get(0), f,
                     g.inputs().get(1), c))) {
            return floats(r.get(0));
        }
    }

    float[] embed(int[] ids) throws OrtException {
        long[] l = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            l[i] = ids[i];
        }
        ModelPackage.Graph g = pkg.graph("embed");
        try (OnnxTensor t = OnnxTensor.createTensor(env, LongBuffer.wrap(l), new long[] {1, ids.length});
             OrtSession.Result r = sessions.get("embed").run(Map.of(g.inputs().get(0), t))) {
            return floats(r.get(0));
        }
    }

    static float[] floats(OnnxValue v) {
        FloatBuffer fb = ((OnnxTensor) v).getFloatBuffer();
        float[] out = new float[fb.remaining()];
        fb.get(out);
        return out;
    }

    /**
     * The decoder for one generation: prompt = head ids + prefix embeddings + tail ids. A state is the decoder's
     * key/value cache after some tokens (the present tensors of a run, fed back as the next run's past), what owns
     * those tensors, and its length. A decoder with a {@code logit_positions} input gives logits for several last
     * positions, so a guessed continuation is read in one run ({@link StepModel#readsAhead}).
     */
    private final class OrtStep implements StepModel<OrtStep.Kv> {
        /** {@code past}: per layer, key then value; {@code owner} closes them. */
        record Kv(List<OnnxTensor> past, AutoCloseable owner, int length) {
        }

        private final int[] head;
        private final float[] prefix;
        private final int prefixTokens;
        private final int[] tail;

        OrtStep(int[] head, float[] prefix, int prefixTokens, int[] tail) {
            this.head = head;
            this.prefix = prefix;
            this.prefixTokens = prefixTokens;
            this.tail = tail;
        }

        @Override
        public Step<Kv> start() throws OrtException {
            Steps<Kv> s = start(new int[0]);
            return new Step<>(s.logits()[0], s.state());
        }

        @Override
        public Steps<Kv> start(int[] tokens) throws OrtException {
            int prompt = head.length + prefixTokens + tail.length;
            int read = Math.max(0, Math.min(tokens.length, pkg.maxPositions() - prompt)); // what the positions allow
            int[] after = Arrays.copyOf(tail, tail.length + read);
            System.arraycopy(tokens, 0, after, tail.length, read);
            int length = prompt + read;
            float[] h = embed(head);
            float[] t = embed(after);
            float[] all = new float[h.length + prefix.length + t.length];
            System.arraycopy(h, 0, all, 0, h.length);
            System.arraycopy(prefix, 0, all, h.length, prefix.length);
            System.arraycopy(t, 0, all, h.length + prefix.length, t.length);
            return run(null, all, length, read + 1);
        }

        @Override
        public Step<Kv> next(Kv state, int token) throws OrtException {
            Steps<Kv> s = extend(state, new int[] {token}, 1);
            return new Step<>(s.logits()[0], s.state());
        }

        @Override
        public boolean readsAhead() {
            return OrtCaptioner.this.readsAhead();
        }

        @Override
        public Steps<Kv> extend(Kv state, int[] tokens) throws OrtException {
            return extend(state, tokens, tokens.length);
        }

        private Steps<Kv> extend(Kv state, int[] tokens, int positions) throws OrtException {
            if (state.length() + tokens.length > pkg.maxPositions()) {
                throw new OrtException("the caption reached the model's " + pkg.maxPositions() + "-token limit");
            }
            return run(state, embed(tokens), tokens.length, positions);
        }

        @Override
        public Kv drop(Kv state, int tokens) throws OrtException {
            int keep = state.length() - tokens;
            List<OnnxTensor> cut = new ArrayList<>(state.past().size());
            try {
                for (OnnxTensor t : state.past()) {
                    long[] shape = t.getInfo().getShape(); // [1, heads, length, head_dim]
                    int rows = (int) shape[1];
                    int dim = (int) shape[3];
                    FloatBuffer all = t.getFloatBuffer();
                    float[] kept = new float[rows * keep * dim];
                    for (int r = 0; r < rows; r++) {
                        all.position(r * state.length() * dim);
                        all.get(kept, r * keep * dim, keep * dim);
                    }
                    cut.add(OnnxTensor.createTensor(env, FloatBuffer.wrap(kept), new long[] {1, rows, keep, dim}));
                }
            } catch (OrtException | RuntimeException e) {
                cut.forEach(OnnxTensor::close);
                throw e;
            }
            return new Kv(cut, () -> cut.forEach(OnnxTensor::close), keep);
        }

        @Override
        public void release(Kv state) {
            if (state != null) {
                try {
                    state.owner().close();
                } catch (Exception e) {
                    throw new IllegalStateException("a decoder state could not be freed", e);
                }
            }
        }

        /** One run over {@code tokens} new positions; the logits of the last {@code positions} of them. */
        private Steps<Kv> run(Kv past, float[] embeds, int tokens, int positions) throws OrtException {
            ModelPackage.Graph g = pkg.graph("decoder");
            int layers = pkg.decoderLayers();
            Map<String, OnnxTensor> feed = new HashMap<>();
            OnnxTensor x = OnnxTensor.createTensor(env, FloatBuffer.wrap(embeds), new long[] {1, tokens, pkg.hidden()});
            List<OnnxTensor> created = new ArrayList<>();
            created.add(x);
            try {
                feed.put(g.inputs().get(0), x);
                for (int i = 0; i < layers; i++) {
                    for (int kv = 0; kv < 2; kv++) {
                        String name = g.inputs().get(1 + kv).replace("{i}", Integer.toString(i));
                        OnnxTensor tensor;
                        if (past == null) {
                            tensor = OnnxTensor.createTensor(env, FloatBuffer.allocate(0),
                                    new long[] {1, pkg.decoderHeads(), 0, pkg.headDim()});
                            created.add(tensor);
                        } else {
                            tensor = past.past().get(2 * i + kv);
                        }
                        feed.put(name, tensor);
                    }
                }
                if (readsPositions) {
                    OnnxTensor n = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] {positions}),
                            new long[] {1});
                    created.add(n);
                    feed.put(LOGIT_POSITIONS, n);
                } else if (positions != 1) {
                    throw new IllegalStateException("this decoder gives the logits of the last position only");
                }
                OrtSession.Result r = sessions.get("decoder").run(feed);
                try {
                    float[] flat = floats(r.get(0));
                    int vocab = flat.length / positions;
                    float[][] logits = new float[positions][];
                    for (int p = 0; p < positions; p++) { // one position (every token-by-token step): no copy
                        logits[p] = positions == 1 ? flat : Arrays.copyOfRange(flat, p * vocab, (p + 1) * vocab);
                    }
                    List<OnnxTensor> present = new ArrayList<>(2 * layers);
                    for (int i = 0; i < 2 * layers; i++) {
                        present.add((OnnxTensor) r.get(1 + i));
                    }
                    return new Steps<>(logits, new Kv(present, r, (past == null ? 0 : past.length()) + tokens));
                } catch (RuntimeException e) {
                    r.close();
                    throw e;
                }
            } finally {
                created.forEach(OnnxTensor::close);
            }
        }
    }

    @Override
    public void close() {
        sessions.close();
    }
}
