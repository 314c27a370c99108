package app.glance.inference.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Java tokenizer against training/tokenizer.py, which tokenized every caption the bundled model learned from:
 * 320 cases written by training/tokenizer_cases.py (corpus captions and screen text, and hard Unicode cases).
 */
class WordPieceTest {

    static final Path CASES = Path.of("src/test/resources/tokenizer/cases.json");

    static JsonNode fixture;
    static WordPiece tokenizer;

    @BeforeAll
    static void load() throws Exception {
        fixture = new ObjectMapper().readTree(CASES.toFile());
        Path pkg = Path.of("../assets/models").resolve(fixture.get("model").asText());
        tokenizer = WordPiece.read(pkg.resolve("tokenizer.json"));
    }

    static int[] ids(JsonNode node) {
        return StreamSupport.stream(node.spliterator(), false).mapToInt(JsonNode::asInt).toArray();
    }

    @Test
    void encodesAndDecodesEveryCaseAsPythonDoes() {
        assertThat(fixture.get("cases").size()).isEqualTo(320);
        for (JsonNode c : fixture.get("cases")) {
            String text = c.get("text").asText();
            int[] expected = ids(c.get("ids"));
            assertThat(tokenizer.encode(text)).as(text).containsExactly(expected);
            assertThat(PromptTokenizer.tidy(tokenizer.decode(expected))).as(text).isEqualTo(c.get("decoded").asText());
        }
    }

    @Test
    void aWordWithAnUnknownPartIsOneUnknownToken() {
        int unk = 1;
        // a character the vocabulary lacks, inside and after known pieces; a word over 100 characters
        assertThat(tokenizer.encode("ok Savex\u4e00y ok")).containsSequence(unk).hasSize(3);
        assertThat(tokenizer.encode("a".repeat(101))).containsExactly(unk);
        assertThat(tokenizer.encode("a".repeat(100))).doesNotContain(unk);
    }

    @Test
    void specialTokensAndUnknownIdsAreLeftOutOfTheText() {
        int[] ids = tokenizer.encode("Save changes");
        int[] withSpecials = {2, ids[0], 0, ids[1], 3, 99_999, -1};
        assertThat(tokenizer.decode(withSpecials)).isEqualTo("Save changes");
    }

    @Test
    void splitsAtUnicodeSpacesAndPunctuationAsPythonDoes() {
        assertThat(WordPiece.preTokenize("a\u00a0b\u2003c\u001cd\u200be")).containsExactly("a", "b", "c", "d\u200be");
        assertThat(WordPiece.preTokenize("“Hi”, said… (me)")).containsExactly("“", "Hi", "”", ",", "said", "…", "(",
                "me", ")");
        assertThat(WordPiece.preTokenize("$5+2=7 ^_^")).containsExactly("$", "5", "+", "2", "=", "7", "^", "_", "^");
    }

    @Test
    void refusesATokenizerOfAnotherForm(@TempDir Path dir) throws IOException {
        String good = Files.readString(Path.of("../assets/models/glance-mmser-s2/tokenizer.json"));
        assertThat(refusal(dir, good.replace("\"normalizer\": null", "\"normalizer\": {\"type\": \"Lowercase\"}")))
                .isEqualTo("it has a normaliser, which Glance's models never use");
        assertThat(refusal(dir, good.replace("{\"type\": \"BertPreTokenizer\"}", "{\"type\": \"Whitespace\"}")))
                .isEqualTo("its pre-tokenizer is not BertPreTokenizer");
        assertThat(refusal(dir, good.replace("\"model\": {\"type\": \"WordPiece\"", "\"model\": {\"type\": \"BPE\"")))
                .isEqualTo("its model is not WordPiece");
        assertThat(refusal(dir, "{\"model\": [1, 2")).isEqualTo("it is not valid JSON (line 1, column 16)");
        assertThat(refusal(dir, "[]")).isEqualTo("it is not a JSON object");
    }

    static String refusal(Path dir, String json) throws IOException {
        Path f = Files.writeString(dir.resolve("tokenizer.json"), json, StandardCharsets.UTF_8);
        WordPiece.FormatException refused = catchThrowableOfType(() -> WordPiece.read(f),
                WordPiece.FormatException.class);
        assertThat(refused).as("refused").isNotNull();
        return refused.getMessage();
    }
}
