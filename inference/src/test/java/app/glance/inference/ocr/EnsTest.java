package app.glance.inference.ocr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EnsTest {

    private final WordSplitter words = WordSplitter.english();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // as PP-OCR read real windows (real_check, stop 51; Thunderbird's account setup, stop 48)
        "Carcel|Cancel",
        "Settirgs.|Settings.",
        "Thunderbird is free and oper|Thunderbird is free and open",
        // known words, names that make no common word, short words, capitals: as they are
        "Carry on|Carry on",
        "Marta and Liferea|Marta and Liferea",
        "Eros|Eros",
        "URLs|URLs",
        // cut at a window's edge or in an address: "nore" would make "none"
        "Seed 032c8313 maintainers <maintainers@users.nore..|Seed 032c8313 maintainers <maintainers@users.nore..",
        "https://example.org/carcel|https://example.org/carcel",
        "carcel\u2026|carcel\u2026",
    })
    void mendsAnNReadAsAnR(String read, String mended) {
        assertThat(Ens.mended(read, words)).isEqualTo(mended);
    }

    @Test
    void aWordTheListsKnowOrThatCouldBeTwoWordsStaysAsItIs() {
        WordSplitter known = WordSplitter.of(List.of("cancel", "carcel", "the"));
        assertThat(Ens.mended("Carcel the", known)).isEqualTo("Carcel the");
        WordSplitter two = WordSplitter.of(List.of("anna", "arna", "the"));
        assertThat(Ens.mended("arra the", two)).isEqualTo("arra the");
        WordSplitter one = WordSplitter.of(List.of("cancel", "the"));
        assertThat(Ens.mended("Carcel the", one)).isEqualTo("Cancel the");
    }

    @Test
    void mendedWithTheRestOfALine() {
        assertThat(TextReader.mended("Carcel", words)).isEqualTo("Cancel");
    }
}
