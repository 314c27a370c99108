package app.glance.app.capture;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The camera path with generated video files instead of a camera: a "hand-held document" that shakes and is
 * blurred for the first frames, then holds still and sharp; no camera; a camera that sends nothing.
 */
class WebcamSourceTest {

    static final int W = 320;
    static final int H = 240;

    /** A page of black "text" bars on white; {@code shift} moves it, {@code blur} smears it horizontally. */
    static Frame page(int shift, int blur) {
        Frame f = new Frame(W, H, Frame.DEPTH_UBYTE, 3);
        ByteBuffer buf = (ByteBuffer) f.image[0];
        int stride = f.imageStride;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int v = 255;
                boolean line = (y / 6) % 3 == 1 && y > 30 && y < H - 30;
                if (line) {
                    // word gaps every 37 px; blur = box filter width over the ink
                    int ink = 0;
                    int n = Math.max(1, blur);
                    for (int k = 0; k < n; k++) {
                        int xx = x + shift + k - n / 2;
                        ink += (xx > 20 && xx < W - 20 && Math.floorMod(xx, 37) < 29) ? 1 : 0;
                    }
                    v = 255 - 255 * ink / n;
                }
                int o = y * stride + x * 3;
                buf.put(o, (byte) v).put(o + 1, (byte) v).put(o + 2, (byte) v);
            }
        }
        return f;
    }

    static Path video(Path dir, int shakyFrames, int stillFrames) throws Exception {
        Path file = dir.resolve("camera.mkv");
        try (FFmpegFrameRecorder rec = new FFmpegFrameRecorder(file.toFile(), W, H, 0)) {
            rec.setFormat("matroska");
            rec.setVideoCodec(avcodec.AV_CODEC_ID_FFV1); // lossless, so the test measures our code, not the codec
            rec.setFrameRate(30);
            rec.start();
            for (int i = 0; i < shakyFrames; i++) {
                rec.record(page(i * 7 % 23, 15));
            }
            for (int i = 0; i < stillFrames; i++) {
                rec.record(page(3, 1));
            }
        }
        return file;
    }

    @Test
    void holdsStillUntilThePictureIsSharpAndNotMoving(@TempDir Path dir) throws Exception {
        Path file = video(dir, 10, 10);
        java.util.List<app.glance.inference.RgbImage> previews = new java.util.ArrayList<>();
        app.glance.app.capture.Frame frame = new WebcamSource(file.toString(), 0, 0).withPreview(previews::add)
                .capture();
        assertThat(previews).as("the live preview saw frames while waiting").hasSizeGreaterThanOrEqualTo(2);
        assertThat(frame.mode()).isEqualTo(CaptureMode.WEBCAM);
        assertThat(frame.image().width()).isEqualTo(W);
        assertThat(frame.image().height()).isEqualTo(H);
        double sharp = WebcamSource.sharpness(WebcamSource.lumaGrid(frame.image()));
        assertThat(sharp).as("the chosen frame is one of the sharp ones").isGreaterThan(WebcamSource.SHARP);
        // black ink really came through in RGB order (not a grey or a colour-swapped picture)
        assertThat(frame.image().rgb()).contains(0x000000, 0xFFFFFF);
    }

    @Test
    void withoutAStillMomentTheSharpestFrameIsTaken(@TempDir Path dir) throws Exception {
        Path file = video(dir, 8, 0);
        app.glance.app.capture.Frame frame = new WebcamSource(file.toString(), 0, 0).capture();
        assertThat(frame.image().width()).isEqualTo(W);
    }

    @Test
    void noCameraIsOneClearSentence() {
        assertThatThrownBy(() -> new WebcamSource("/dev/video97", 640, 480).capture())
                .isInstanceOf(CaptureException.class)
                .hasMessage("No camera was found at /dev/video97. Connect one, or choose another camera in the "
                        + "settings.");
    }

    @Test
    void aCameraThatCannotBeOpenedIsOneClearSentence(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("gone.mkv"), new byte[0]);
        assertThatThrownBy(() -> new WebcamSource(empty.toString(), 640, 480).capture())
                .isInstanceOf(CaptureException.class)
                .hasMessage("The camera " + empty + " could not be opened; it may be in use by another program.");
    }

    @Test
    void aCameraThatDisappearsMidStreamStillGivesWhatCameBefore(@TempDir Path dir) throws Exception {
        Path file = video(dir, 20, 0);
        byte[] all = Files.readAllBytes(file);
        Path cut = Files.write(dir.resolve("cut.mkv"), java.util.Arrays.copyOf(all, all.length / 3));
        app.glance.app.capture.Frame frame = new WebcamSource(cut.toString(), 0, 0).capture();
        assertThat(frame.image().width()).isEqualTo(W);
    }
}
