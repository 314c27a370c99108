package app.glance.inference.ocr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EllsTest {

    private final WordSplitter words = WordSplitter.english();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // as PP-OCR read the real windows of training.real_check (stop 51)
        "Chen wiil present the free upload on Monday.|Chen will present the free upload on Monday.",
        "The iibrary wiil open late|The library will open late",
        "but the class stiil needs testing|but the class still needs testing",
        "This document describes the total bank in detaii|This document describes the total bank in detail",
        "number nonempty output iines, overrides -n|number nonempty output lines, overrides -n",
        "Shopping iist|Shopping list",
        "Aibum|Album",
        // capitals, known words, names, codes: as they are
        "a URI of the form ssh://[user@]hostname|a URI of the form ssh://[user@]hostname",
        "[+FORMAI]|[+FORMAI]",
        "Xiaomi Kiiro wiki|Xiaomi Kiiro wiki",
        "file_wiil.txt|file_wiil.txt",
        "fiil-in|fiil-in",
    })
    void mendsAnLReadAsAnI(String read, String mended) {
        assertThat(Ells.mended(read, words)).isEqualTo(mended);
    }

    @Test
    void aWordThatCouldBeTwoWordsStaysAsItIs() {
        WordSplitter both = WordSplitter.of(List.of("fill", "flil", "the"));
        assertThat(Ells.mended("fiil the", both)).isEqualTo("fiil the");
        WordSplitter one = WordSplitter.of(List.of("fill", "the"));
        assertThat(Ells.mended("fiil the", one)).isEqualTo("fill the");
    }
}
