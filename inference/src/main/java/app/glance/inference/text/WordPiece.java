package app.glance.inference.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The captioner's WordPiece tokenizer, read from its Hugging Face {@code tokenizer.json}: the same encoding and
 * decoding as training/tokenizer.py, which wrote the file and tokenized every caption the model learned from (and
 * which follows the Rust library's BertPreTokenizer, WordPiece model and WordPiece decoder). Only that form of the
 * file is taken: no normaliser (case is kept), the BERT pre-tokenizer, a WordPiece model and decoder with the same
 * continuation prefix; any other is refused, since its tokens would not be the ones the model was trained on.
 *
 * <p>It replaced DJL's binding to the Rust library (stop 26), which differed from the Python tokenizer on 2 of 4,018
 * texts (a literal "[UNK]" in the text, and the control separators U+001C-U+001F); this one on none. There is no
 * native library (15 MB) to unpack and load any more.
 */
public final class WordPiece {

    /** A word longer than this many characters is one unknown token, as in the Rust library. */
    private final int maxChars;
    private final String prefix;
    private final Map<String, Integer> vocab;
    private final String[] tokens;
    private final Set<Integer> special;
    private final int unk;

    private WordPiece(Map<String, Integer> vocab, String prefix, int maxChars, Set<Integer> special, int unk) {
        this.vocab = vocab;
        this.prefix = prefix;
        this.maxChars = maxChars;
        this.special = special;
        this.unk = unk;
        int size = vocab.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        this.tokens = new String[size];
        vocab.forEach((token, id) -> tokens[id] = token);
    }

    /** Thrown when the file is not a tokenizer of the form above; the message is one line, for the user. */
    public static final class FormatException extends Exception {
        FormatException(String message) {
            super(message);
        }
    }

    /** Reads a {@code tokenizer.json}. */
    public static WordPiece read(Path file) throws IOException, FormatException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new FormatException(e.getLocation() == null ? "it is not valid JSON"
                    : "it is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new FormatException("it is not a JSON object");
        }
        JsonNode model = root.path("model");
        if (!"WordPiece".equals(model.path("type").asText())) {
            throw new FormatException("its model is not WordPiece");
        }
        if (!root.path("normalizer").isNull() && !root.path("normalizer").isMissingNode()) {
            throw new FormatException("it has a normaliser, which Glance's models never use");
        }
        if (!"BertPreTokenizer".equals(root.path("pre_tokenizer").path("type").asText())) {
            throw new FormatException("its pre-tokenizer is not BertPreTokenizer");
        }
        String prefix = model.path("continuing_subword_prefix").asText("##");
        JsonNode decoder = root.path("decoder");
        if (!"WordPiece".equals(decoder.path("type").asText()) || !prefix.equals(decoder.path("prefix").asText())
                || !decoder.path("cleanup").asBoolean(false)) {
            throw new FormatException("its decoder is not a WordPiece decoder with cleanup and the model's prefix");
        }
        JsonNode vocabNode = model.path("vocab");
        if (!vocabNode.isObject() || vocabNode.isEmpty()) {
            throw new FormatException("its model has no vocabulary");
        }
        Map<String, Integer> vocab = new HashMap<>();
        var fields = vocabNode.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            if (!e.getValue().canConvertToInt() || e.getValue().asInt() < 0) {
                throw new FormatException("its vocabulary gives \"" + e.getKey() + "\" no valid id");
            }
            vocab.put(e.getKey(), e.getValue().asInt());
        }
        Integer unk = vocab.get(model.path("unk_token").asText("[UNK]"));
        if (unk == null) {
            throw new FormatException("its unknown token is not in its vocabulary");
        }
        Set<Integer> special = new HashSet<>();
        for (JsonNode added : root.path("added_tokens")) {
            if (added.path("special").asBoolean(false)) {
                special.add(added.path("id").asInt());
            }
        }
        return new WordPiece(vocab, prefix, model.path("max_input_chars_per_word").asInt(100), special, unk);
    }

    /** The token ids of {@code text}: words split at white space and punctuation, each cut into the longest pieces. */
    public int[] encode(String text) {
        List<Integer> ids = new ArrayList<>();
        for (String word : preTokenize(text)) {
            word(word, ids);
        }
        int[] out = new int[ids.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.get(i);
        }
        return out;
    }

    /**
     * The text of {@code ids} without the special tokens: continuation pieces join the token before, every other
     * token is spaced, and a space before {@code . ? ! ,} goes (the only rules of the decoder's cleanup that can
     * apply, since it runs on each token on its own). Ids outside the vocabulary are skipped.
     */
    public String decode(int[] ids) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (int id : ids) {
            if (id < 0 || id >= tokens.length || tokens[id] == null || special.contains(id)) {
                continue;
            }
            String t = tokens[id];
            String part = t.startsWith(prefix) ? t.substring(prefix.length()) : (n > 0 ? " " : "") + t;
            n++;
            out.append(part.replace(" .", ".").replace(" ?", "?").replace(" !", "!").replace(" ,", ","));
        }
        return out.toString();
    }

    /** BertPreTokenizer: split at white space, and every punctuation character is a word of its own. */
    static List<String> preTokenize(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isSpace(c)) {
                flush(cur, words);
            } else if (isPunctuation(c)) {
                flush(cur, words);
                words.add(new String(Character.toChars(c)));
            } else {
                cur.appendCodePoint(c);
            }
        }
        flush(cur, words);
        return words;
    }

    private static void flush(StringBuilder cur, List<String> words) {
        if (!cur.isEmpty()) {
            words.add(cur.toString());
            cur.setLength(0);
        }
    }

    /** Python's {@code str.isspace()} for one character, which training/tokenizer.py splits at. */
    static boolean isSpace(int c) {
        if (c >= 0x1C && c <= 0x1F || c == 0x85) {
            return true; // separators that Python counts as space (bidirectional class B or S)
        }
        if (c == 0x200B) {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * ASCII punctuation and symbols, and every Unicode punctuation category (P*), as the running Java knows them
     * (Java 17 has Unicode 13: 21 punctuation marks added in Unicode 14, which Python 3.11 knows, are letters here).
     */
    static boolean isPunctuation(int c) {
        if (c >= 33 && c <= 47 || c >= 58 && c <= 64 || c >= 91 && c <= 96 || c >= 123 && c <= 126) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** One word's pieces, longest first from the left; the whole word is unknown when any part of it is. */
    private void word(String word, List<Integer> ids) {
        int[] cps = word.codePoints().toArray();
        if (cps.length > maxChars) {
            ids.add(unk);
            return;
        }
        int before = ids.size();
        for (int start = 0; start < cps.length; ) {
            Integer found = null;
            int end = cps.length;
            for (; end > start; end--) {
                String piece = new String(cps, start, end - start);
                found = vocab.get(start == 0 ? piece : prefix + piece);
                if (found != null) {
                    break;
                }
            }
            if (found == null) {
                ids.subList(before, ids.size()).clear();
                ids.add(unk);
                return;
            }
            ids.add(found);
            start = end;
        }
    }
}
