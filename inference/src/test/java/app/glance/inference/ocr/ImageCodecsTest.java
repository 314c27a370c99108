package app.glance.inference.ocr;

import app.glance.inference.RgbImage;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ImageCodecsTest {

    static Path resource(String name) throws Exception {
        return Path.of(ImageCodecsTest.class.getResource("/ocr/" + name).toURI());
    }

    @Test
    void readsCommittedPngScreens() throws Exception {
        RgbImage dialog = PngReader.read(resource("dialog.png"));
        assertThat(dialog.width()).isEqualTo(1366);
        assertThat(dialog.height()).isEqualTo(768);
        assertThat(dialog.at(5, 5)).isEqualTo(0x2E4A62);     // desktop
        assertThat(dialog.at(440, 262)).isEqualTo(0x1F5FA8); // dialog title bar
        assertThat(dialog.at(440, 400)).isEqualTo(0xF2F2F2); // dialog body
    }

    @Test
    void writesTopDownBgrBmpWithPaddedRows() {
        RgbImage image = new RgbImage(3, 2, new int[] {0xFF0000, 0x00FF00, 0x0000FF, 0x112233, 0x445566, 0x778899});
        ByteBuffer bmp = ByteBuffer.wrap(BmpWriter.encode(image)).order(ByteOrder.LITTLE_ENDIAN);
        int stride = 12; // 3 px * 3 bytes, padded to 4
        assertThat(bmp.capacity()).isEqualTo(54 + stride * 2);
        assertThat(bmp.getInt(18)).isEqualTo(3);
        assertThat(bmp.getInt(22)).isEqualTo(-2);
        assertThat(bmp.getShort(28)).isEqualTo((short) 24);
        assertThat(new byte[] {bmp.get(54), bmp.get(55), bmp.get(56)}).containsExactly(0, 0, (byte) 0xFF);
        assertThat(new byte[] {bmp.get(54 + stride), bmp.get(55 + stride), bmp.get(56 + stride)})
                .containsExactly(0x33, 0x22, 0x11);
    }
}
