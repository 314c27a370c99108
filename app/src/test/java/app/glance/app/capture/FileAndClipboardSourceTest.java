package app.glance.app.capture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileAndClipboardSourceTest {

    private static BufferedImage picture() {
        BufferedImage img = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 4, 0xFF0000);
        return img;
    }

    @Test
    void anImageFileIsAFrame(@TempDir Path dir) throws IOException, CaptureException {
        Path file = dir.resolve("shot.png");
        ImageIO.write(picture(), "png", file.toFile());
        Frame f = FrameSources.file(file).capture();
        assertThat(f.mode()).isEqualTo(CaptureMode.FILE);
        assertThat(f.image().at(3, 4)).isEqualTo(0xFF0000);
        assertThatThrownBy(() -> FrameSources.file(dir.resolve("missing.png")).capture())
                .isInstanceOf(CaptureException.class).hasMessageContaining("no such file");
    }

    @Test
    void theClipboardImageIsAFrame() throws CaptureException {
        Clipboard clip = new Clipboard("test");
        BufferedImage img = picture();
        clip.setContents(new Transferable() {
            @Override
            public DataFlavor[] getTransferDataFlavors() {
                return new DataFlavor[] {DataFlavor.imageFlavor};
            }

            @Override
            public boolean isDataFlavorSupported(DataFlavor flavor) {
                return DataFlavor.imageFlavor.equals(flavor);
            }

            @Override
            public Object getTransferData(DataFlavor flavor) {
                return img;
            }
        }, null);
        Frame f = new ClipboardSource(() -> clip).capture();
        assertThat(f.mode()).isEqualTo(CaptureMode.CLIPBOARD);
        assertThat(f.image().width()).isEqualTo(30);
        assertThat(f.image().at(3, 4)).isEqualTo(0xFF0000);
    }

    @Test
    void textOnTheClipboardIsNotAnImage() {
        Clipboard clip = new Clipboard("test");
        clip.setContents(new StringSelection("hello"), null);
        assertThatThrownBy(() -> new ClipboardSource(() -> clip).capture()).hasMessage(ClipboardSource.NO_IMAGE);
        assertThatThrownBy(() -> new ClipboardSource(() -> new Clipboard("empty")).capture())
                .hasMessage(ClipboardSource.NO_IMAGE);
    }
}
