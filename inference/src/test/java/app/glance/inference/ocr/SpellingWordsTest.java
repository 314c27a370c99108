package app.glance.inference.ocr;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpellingWordsTest {

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsEachWordWithItsSize() throws IOException {
        SpellingWords words = SpellingWords.read(text("#10\nhouse\napple\n#20\nzebra\nmango\nhouse\n"));
        assertThat(words.count()).isEqualTo(4);
        assertThat(words.size("apple")).isEqualTo(10);
        assertThat(words.size("house")).isEqualTo(10); // listed twice: its smallest size
        assertThat(words.size("zebra")).isEqualTo(20);
        assertThat(words.size("mango")).isEqualTo(20);
        assertThat(words.size("mang")).isZero();
        assertThat(words.size("mangos")).isZero();
        assertThat(words.size("aardvark")).isZero();
        assertThat(words.size("zzz")).isZero();
    }

    @Test
    void ranksAWordAfterTheSmallerSizesInTheMiddleOfItsOwn() throws IOException {
        SpellingWords words = SpellingWords.read(text("#10\nhouse\napple\n#20\nzebra\nmango\nlemon\nmelon\n"));
        assertThat(words.rank("apple")).isEqualTo(1.0);
        assertThat(words.rank("lemon")).isEqualTo(4.0);
        assertThat(words.rank("grape")).isInfinite();
    }

    @Test
    void refusesAListWithoutSizes() {
        assertThatThrownBy(() -> SpellingWords.read(text("house\n#10\napple\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("size line");
        assertThatThrownBy(() -> SpellingWords.read(text("#ten\napple\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("not ten");
        assertThatThrownBy(() -> SpellingWords.read(text("#0\napple\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("from 1 to 127");
    }

    @Test
    void theBundledListIsAMediumDictionary() {
        SpellingWords words = SpellingWords.bundled();
        assertThat(words.count()).isBetween(60_000, 90_000);
        assertThat(words.size("afternoon")).isEqualTo(10);
        assertThat(words.size("verification")).isPositive();
        assertThat(words.size("singapore")).isPositive();
        assertThat(words.size("qwzx")).isZero();
    }
}
