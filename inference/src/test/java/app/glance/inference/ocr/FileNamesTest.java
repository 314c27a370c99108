package app.glance.inference.ocr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    private final WordSplitter words = WordSplitter.english();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // as PP-OCR read the OCR benchmark's file chooser and real_check's windows (stop 51)
        "screenjava|screen.java",
        "Kitchen Junejava|Kitchen June.java",
        "Event Februaryjava|Event February.java",
        "Februaryogg 3.1 MB|February.ogg 3.1 MB",
        "budget_2026ods|budget_2026.ods",
        "holiday-photospng|holiday-photos.png",
        // with its dot, a word, a short name, a two-letter extension, a name with digits only before: as they are
        "screen.java|screen.java",
        "Download the methods and periods|Download the methods and periods",
        "Woods Hogg unzip|Woods Hogg unzip",
        "happy numpy readme|happy numpy readme",
        "abjava|abjava",
        "2026pdf|2026pdf",
    })
    void putsBackADroppedDot(String read, String mended) {
        assertThat(FileNames.mended(read, words)).isEqualTo(mended);
    }
}
