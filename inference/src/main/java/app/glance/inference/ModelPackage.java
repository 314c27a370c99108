package app.glance.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A model package on disk, as specified in docs/model-package.md: {@code manifest.json}, the ONNX graphs and
 * {@code tokenizer.json}. Every model fact the runtime needs comes from here; a package of an unknown format or
 * version is rejected with a sentence that says so.
 */
public final class ModelPackage {

    public static final String FORMAT = "glance-mmser";
    public static final int FORMAT_VERSION = 1;

    /** The LM input prompts: head, text and draft prefixes, and one final prompt per detail level. */
    public record Prompts(String head, String textPrefix, String textSeparator, String draftPrefix,
                          Map<String, String> levels) {
    }

    /** Names of a graph's inputs and outputs, in manifest order; decoder names may hold an {@code {i}} layer slot. */
    public record Graph(Path file, List<String> inputs, List<String> outputs) {
    }

    private final Path dir;
    private final JsonNode manifest;
    private final Map<String, Graph> graphs = new LinkedHashMap<>();

    private ModelPackage(Path dir, JsonNode manifest) {
        this.dir = dir;
        this.manifest = manifest;
    }

    /** Opens and validates the package in {@code dir}. */
    public static ModelPackage open(Path dir) throws CaptionException {
        Path file = dir.resolve("manifest.json");
        JsonNode m;
        try {
            m = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new CaptionException(CaptionException.Reason.MODEL_MISSING, "No model found in " + dir + ".");
        } catch (IOException e) {
            throw new CaptionException(CaptionException.Reason.MODEL_INCOMPATIBLE,
                    "The model manifest in " + dir + " cannot be read: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (m == null || !FORMAT.equals(m.path("format").asText())) {
            throw new CaptionException(CaptionException.Reason.MODEL_INCOMPATIBLE,
                    "The folder " + dir + " does not hold a Glance model package.");
        }
        int version = m.path("format_version").asInt(-1);
        if (version != FORMAT_VERSION) {
            throw new CaptionException(CaptionException.Reason.MODEL_INCOMPATIBLE, "The model package in " + dir
                    + " has format version " + version + "; this Glance reads version " + FORMAT_VERSION + ".");
        }
        ModelPackage p = new ModelPackage(dir, m);
        for (String role : List.of("vision", "connector", "embed", "ser_connector", "decoder")) {
            String name = m.path("files").path(role).asText(null);
            JsonNode t = m.path("tensors").path(role);
            if (name == null || t.isMissingNode()) {
                throw incompatible(dir, "its manifest names no " + role + " graph");
            }
            Path f = dir.resolve(name);
            if (!Files.isRegularFile(f)) {
                throw new CaptionException(CaptionException.Reason.MODEL_MISSING,
                        "The model package in " + dir + " is missing " + name + ".");
            }
            p.graphs.put(role, new Graph(f, names(t.path("inputs")), names(t.path("outputs"))));
        }
        if (!Files.isRegularFile(p.tokenizerFile())) {
            throw new CaptionException(CaptionException.Reason.MODEL_MISSING,
                    "The model package in " + dir + " is missing its tokenizer.");
        }
        for (String key : List.of("image", "decoder", "tokens", "prompts", "max_lengths")) {
            if (!m.path(key).isObject()) {
                throw incompatible(dir, "its manifest has no '" + key + "' section");
            }
        }
        return p;
    }

    private static CaptionException incompatible(Path dir, String why) {
        return new CaptionException(CaptionException.Reason.MODEL_INCOMPATIBLE,
                "The model package in " + dir + " is damaged: " + why + ".");
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return List.copyOf(out);
    }

    public Path dir() {
        return dir;
    }

    public String id() {
        return manifest.path("model_id").asText("unknown");
    }

    public Graph graph(String role) {
        return graphs.get(role);
    }

    /** The manifest's shape of a graph's {@code index}-th input or output ({@code side} = "inputs"/"outputs"). */
    public long[] shape(String role, String side, int index) {
        JsonNode node = manifest.path("tensors").path(role).path(side);
        List<String> keys = names(node);
        JsonNode dims = node.path(keys.get(index));
        long[] out = new long[dims.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = dims.get(i).asLong();
        }
        return out;
    }

    public Path tokenizerFile() {
        return dir.resolve(manifest.path("files").path("tokenizer").asText("tokenizer.json"));
    }

    public int imageSize() {
        return manifest.path("image").path("size").asInt();
    }

    public float[] mean() {
        return floats(manifest.path("image").path("mean"));
    }

    public float[] std() {
        return floats(manifest.path("image").path("std"));
    }

    public int decoderLayers() {
        return manifest.path("decoder").path("layers").asInt();
    }

    public int decoderHeads() {
        return manifest.path("decoder").path("heads").asInt();
    }

    public int headDim() {
        return manifest.path("decoder").path("head_dim").asInt();
    }

    public int hidden() {
        return manifest.path("decoder").path("hidden").asInt();
    }

    public int maxPositions() {
        return manifest.path("decoder").path("max_positions").asInt();
    }

    public int token(String name) {
        return manifest.path("tokens").path(name).asInt(-1);
    }

    public Prompts prompts() {
        JsonNode p = manifest.path("prompts");
        Map<String, String> levels = new LinkedHashMap<>();
        p.path("levels").fields().forEachRemaining(e -> levels.put(e.getKey(), e.getValue().asText()));
        return new Prompts(p.path("head").asText(), p.path("text_prefix").asText(), p.path("text_separator").asText(),
                p.path("draft_prefix").asText(), Map.copyOf(levels));
    }

    public int maxTextTokens() {
        return manifest.path("max_lengths").path("text_tokens").asInt();
    }

    public int maxDraftTokens() {
        return manifest.path("max_lengths").path("draft_tokens").asInt();
    }

    public int maxNewTokens(DetailLevel level) {
        return manifest.path("max_lengths").path("new_tokens").path(level.key()).asInt(48);
    }

    public String decodingStrategy() {
        return manifest.path("decoding").path("strategy").asText("greedy");
    }

    public int beams() {
        return manifest.path("decoding").path("beams").asInt(1);
    }

    public int noRepeatNgram() {
        return manifest.path("decoding").path("no_repeat_ngram").asInt(0);
    }

    /** Captions whose confidence is below this are marked "Probably" (0 = never). */
    public double probablyBelow() {
        return manifest.path("decoding").path("probably_below").asDouble(0.0);
    }

    /** First-pass captions whose confidence is below this name no kind of window (0 = every one may). */
    public double guessBelow() {
        return manifest.path("decoding").path("guess_below").asDouble(0.0);
    }

    /**
     * As {@link #guessBelow()}, for a first-pass {@code caption}: the highest level of {@code guess_below_by_kind}
     * whose kind ("print dialog") the caption names, where that is higher.
     */
    public double guessBelow(String caption) {
        double level = guessBelow();
        String c = caption.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, JsonNode> kind : manifest.path("decoding").path("guess_below_by_kind").properties()) {
            if (c.contains(kind.getKey().toLowerCase(Locale.ROOT))) {
                level = Math.max(level, kind.getValue().asDouble(0.0));
            }
        }
        return level;
    }

    /**
     * The levels for the first-pass caption of a detailed description, where the manifest gives them
     * ({@code decoding.first_pass_detailed}: {@code probably_below}, {@code guess_below}): a long description's mean
     * token probability says less of the kind it names first than a brief caption's does. As for a brief caption
     * where it does not, or at the brief level.
     */
    public double firstPassProbablyBelow(DetailLevel level) {
        JsonNode own = level == DetailLevel.DETAILED ? manifest.path("decoding").path("first_pass_detailed")
                : MissingNode.getInstance();
        return own.path("probably_below").asDouble(probablyBelow());
    }

    /**
     * As {@link #guessBelow(String)}, for the first-pass caption of {@code level} ({@link #firstPassProbablyBelow}).
     */
    public double guessBelow(String caption, DetailLevel level) {
        double own = level == DetailLevel.DETAILED
                ? manifest.path("decoding").path("first_pass_detailed").path("guess_below").asDouble(0.0) : 0.0;
        return Math.max(own, guessBelow(caption));
    }

    /** Whether the model was trained on photos and camera pictures (false when the manifest does not say). */
    public boolean describesPhotos() {
        return manifest.path("describes_photos").asBoolean(false);
    }

    public boolean usesText() {
        return manifest.path("uses_text").asBoolean(false);
    }

    /** The raw manifest, for reporting (metrics, training facts); never for model facts the runtime relies on. */
    public JsonNode manifest() {
        return manifest;
    }

    private static float[] floats(JsonNode node) {
        float[] out = new float[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) node.get(i).asDouble();
        }
        return out;
    }
}
