package app.glance.inference.text;

import app.glance.inference.CaptionException;
import app.glance.inference.DetailLevel;
import app.glance.inference.ModelPackage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds the LM's prompt token ids from the manifest's prompt strings, segment by segment, exactly as
 * training/sequences.py does, and decodes generated ids back into text, with the model's {@link WordPiece} tokenizer.
 */
public final class PromptTokenizer {

    private final WordPiece tokenizer;
    private final ModelPackage.Prompts prompts;
    private final int bos;
    private final int maxTextTokens;
    private final int maxDraftTokens;

    public PromptTokenizer(ModelPackage pkg) throws CaptionException {
        try {
            this.tokenizer = WordPiece.read(pkg.tokenizerFile());
        } catch (IOException | WordPiece.FormatException e) {
            throw new CaptionException(CaptionException.Reason.MODEL_INCOMPATIBLE,
                    "The model's tokenizer in " + pkg.dir() + " cannot be loaded: " + e.getMessage() + ".", e);
        }
        this.prompts = pkg.prompts();
        this.bos = pkg.token("bos");
        this.maxTextTokens = pkg.maxTextTokens();
        this.maxDraftTokens = pkg.maxDraftTokens();
    }

    /** Token ids of {@code text}, with no special tokens added. */
    public int[] encode(String text) {
        return tokenizer.encode(text);
    }

    /** The text of generated {@code ids}, special tokens left out. */
    public String decode(int[] ids) {
        return tidy(tokenizer.decode(ids));
    }

    /**
     * Spacing that WordPiece decoding cannot know (it spaces every punctuation mark); the same rules, in the same
     * order, as training/tokenizer.py's TIDY_RULES, so Java and Python decode to the same text.
     */
    private static final List<Map.Entry<Pattern, String>> TIDY = List.of(
            Map.entry(Pattern.compile("\"\\s*([^\"]*?)\\s*\""), "\"$1\""),
            Map.entry(Pattern.compile("(\\w) ' (\\w)", Pattern.UNICODE_CHARACTER_CLASS), "$1'$2"),
            Map.entry(Pattern.compile("\\s+([:;)\\]%])"), "$1"),
            Map.entry(Pattern.compile("([(\\[$#])\\s+"), "$1"),
            Map.entry(Pattern.compile("\\s*([/@_])\\s*"), "$1"),
            Map.entry(Pattern.compile("(\\w)\\. (txt|pdf|docx?|xlsx?|odt|ods|png|jpe?g|svg|py|js|html?|csv|zip|mp3|json|md|sh"
                    + "|java|com|org|net)\\b", Pattern.UNICODE_CHARACTER_CLASS), "$1.$2"));

    static String tidy(String s) {
        String out = s;
        for (Map.Entry<Pattern, String> rule : TIDY) {
            out = rule.getKey().matcher(out).replaceAll(rule.getValue());
        }
        return out;
    }

    /** [BOS] + the head prompt: what comes before the image (or SeR) embeddings. */
    public int[] head() {
        return concat(new int[] {bos}, encode(prompts.head()));
    }

    /**
     * Whether {@code textLines} already fill the model's text budget, so that lines after them could not change
     * {@link #tail}. With a separator that starts with white space the tokens of the first lines are the first tokens
     * of all lines (words are split at white space before they are encoded); with any other, false.
     */
    public boolean fillsText(List<String> textLines) {
        String sep = prompts.textSeparator();
        return !textLines.isEmpty() && !sep.isEmpty() && Character.isWhitespace(sep.charAt(0))
                && encode(String.join(sep, textLines)).length >= maxTextTokens;
    }

    /** What follows the image embeddings: text prefix, OCR lines, optional draft (pass 2), level prompt. */
    public int[] tail(List<String> textLines, DetailLevel level, int[] draft) {
        List<int[]> parts = new ArrayList<>();
        parts.add(encode(prompts.textPrefix()));
        if (!textLines.isEmpty()) {
            int[] text = encode(String.join(prompts.textSeparator(), textLines));
            parts.add(truncate(text, maxTextTokens));
        }
        if (draft != null) {
            parts.add(encode(prompts.draftPrefix()));
            parts.add(truncate(draft, maxDraftTokens));
        }
        String prompt = prompts.levels().get(level.key());
        if (prompt == null) {
            throw new IllegalArgumentException("the model has no prompt for the " + level.key() + " level");
        }
        parts.add(encode(prompt));
        return concat(parts.toArray(new int[0][]));
    }

    public int maxDraftTokens() {
        return maxDraftTokens;
    }

    static int[] truncate(int[] ids, int max) {
        return ids.length <= max ? ids : java.util.Arrays.copyOf(ids, max);
    }

    static int[] concat(int[]... parts) {
        int n = 0;
        for (int[] p : parts) {
            n += p.length;
        }
        int[] out = new int[n];
        int i = 0;
        for (int[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }
}
