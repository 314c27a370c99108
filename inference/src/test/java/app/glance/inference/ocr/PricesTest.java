package app.glance.inference.ocr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PricesTest {

    private final WordSplitter words = WordSplitter.english();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // as PP-OCR read rendered prices at stop 47: the pound sign as "E" or "f", amounts run into words
        "Total E12.50 Delivery 4.99 Price E1,299.00|Total £12.50 Delivery 4.99 Price £1,299.00",
        "Subtotal:f38.97(3 items) f7.50 each|Subtotal:£38.97(3 items) £7.50 each",
        "Total12.50Delivery4.99Price1,299.00Save5|Total 12.50 Delivery 4.99 Price 1,299.00 Save5",
        "Chef12.50|Chef 12.50",
        "Basket total: f 38.97|Basket total: f 38.97",
        "Leeds f4,082 f5,950|Leeds £4,082 £5,950", // ocr-bench's table of sales (stop 51)
        // no pence, inside a word, a code, a version: as they are
        "Save E5|Save E5",
        "E110 colouring|E110 colouring",
        "Lens f2.8 at 1/250|Lens f2.8 at 1/250",
        "Version 3.12.04|Version 3.12.04",
        "Q412.50|Q412.50",
        "Abc12.50|Abc12.50",
        "Win11.00x|Win11.00x",
        "E1,2|E1,2",
        "f4,08|f4,08"
    })
    void poundSignsAndSpacesAreMendedAroundAmounts(String read, String mended) {
        assertThat(Prices.mended(read, words)).isEqualTo(mended);
    }
}
