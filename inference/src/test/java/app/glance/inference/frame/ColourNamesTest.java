package app.glance.inference.frame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ColourNamesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "000000,black", "FFFFFF,white", "C0C0C0,light grey", "808080,grey", "404040,dark grey",
        "FF0000,red", "8B0000,dark red", "FFA500,orange", "8B4513,brown", "FFFF00,yellow", "00FF00,green",
        "006400,dark green", "008080,dark teal", "40E0D0,teal", "0000FF,blue", "000080,dark blue", "ADD8E6,light blue",
        "800080,dark purple", "9370DB,purple", "FF69B4,pink",
    })
    void namesColoursFromASmallPalette(String hex, String name) {
        assertThat(ColourNames.name(Integer.parseInt(hex, 16))).isEqualTo(name);
    }
}
