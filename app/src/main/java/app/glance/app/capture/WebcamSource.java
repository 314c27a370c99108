package app.glance.app.capture;

import app.glance.inference.RgbImage;
import app.glance.inference.frame.FaceFinder;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A frame from a camera through FFmpeg (JavaCV's {@code FFmpegFrameGrabber}): Video4Linux on Linux, DirectShow on
 * Windows, AVFoundation on macOS; or a video file (tests, demos). It "holds still" for the user: it reads frames
 * for up to {@link #MAX_FRAMES} and takes the first one that is sharp and no longer moving (two frames in a row
 * nearly the same); failing that, the sharpest one it saw. A missing camera, or one that stops sending, is one
 * sentence, never a hang: FFmpeg's reads time out.
 */
public final class WebcamSource implements FrameSource {

    /** About 2 seconds at 30 frames a second. */
    static final int MAX_FRAMES = 60;
    /** Mean absolute Laplacian of the luma grid above which a frame counts as sharp (text edges score far more). */
    static final double SHARP = 6.0;
    /** Mean absolute luma difference between consecutive frames below which the scene counts as still. */
    static final double STILL = 3.0;

    /** Every how many frames the live preview is refreshed (about 7 times a second at 30 frames a second). */
    static final int PREVIEW_EVERY = 4;

    private final String device;
    private final int width;
    private final int height;
    private final Consumer<RgbImage> preview;

    /** {@code device}: "/dev/video0", "video=Integrated Camera" (Windows), "0" (macOS), or a video file. */
    public WebcamSource(String device, int width, int height) {
        this(device, width, height, frame -> { });
    }

    private WebcamSource(String device, int width, int height, Consumer<RgbImage> preview) {
        this.device = device;
        this.width = width;
        this.height = height;
        this.preview = preview;
    }

    /** The same camera, showing its frames to {@code preview} while it waits for a still picture. */
    public WebcamSource withPreview(Consumer<RgbImage> preview) {
        return new WebcamSource(device, width, height, preview);
    }

    /** What the settings call this camera. */
    public String device() {
        return device;
    }

    /** The platform's first camera at 1280x720. */
    public static WebcamSource systemDefault() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String device = os.contains("win") ? "video=0" : os.contains("mac") ? "0" : "/dev/video0";
        return new WebcamSource(device, 1280, 720);
    }

    @Override
    public Frame capture() throws CaptureException {
        // the face finder's cascades (read once, 0.3-0.45 s) are read while the camera settles, not after
        CompletableFuture.runAsync(FaceFinder::bundled);
        boolean file = Files.isRegularFile(Path.of(device));
        if (!file && device.startsWith("/dev/") && !Files.exists(Path.of(device))) {
            throw new CaptureException(CaptureException.Reason.NOTHING, "No camera was found at " + device
                    + ". Connect one, or choose another camera in the settings.");
        }
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(device)) {
            if (!file) {
                String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
                grabber.setFormat(os.contains("win") ? "dshow" : os.contains("mac") ? "avfoundation" : "video4linux2");
                grabber.setImageWidth(width);
                grabber.setImageHeight(height);
            }
            grabber.setOption("rw_timeout", "3000000"); // microseconds: a camera that stops answering
            grabber.setTimeout(3000);
            try {
                grabber.start();
            } catch (FrameGrabber.Exception e) {
                throw new CaptureException(CaptureException.Reason.NOTHING, "The camera " + device
                        + " could not be opened; it may be in use by another program.");
            }
            RgbImage chosen = holdStill(grabber, preview);
            if (chosen == null) {
                throw new CaptureException(CaptureException.Reason.NOTHING,
                        "The camera stopped sending pictures. Check that it is still connected.");
            }
            return new Frame(chosen, CaptureMode.WEBCAM, "camera " + device);
        } catch (FrameGrabber.Exception e) {
            throw new CaptureException(CaptureException.Reason.NOTHING,
                    "The camera stopped sending pictures. Check that it is still connected.");
        }
    }

    /** The first sharp, still frame; else the sharpest one; null when none came at all. */
    private static RgbImage holdStill(FFmpegFrameGrabber grabber, Consumer<RgbImage> preview)
            throws FrameGrabber.Exception {
        RgbImage best = null;
        double bestSharpness = -1;
        int[] previous = null;
        for (int i = 0; i < MAX_FRAMES; i++) {
            org.bytedeco.javacv.Frame f;
            try {
                f = grabber.grabImage();
            } catch (FrameGrabber.Exception e) {
                break; // the device went away mid-stream: use what came before, if anything
            }
            if (f == null || f.image == null) {
                break;
            }
            RgbImage img = toRgb(f);
            if (i % PREVIEW_EVERY == 0) {
                preview.accept(img);
            }
            int[] luma = lumaGrid(img);
            double sharpness = sharpness(luma);
            boolean still = previous != null && meanDifference(previous, luma) < STILL;
            if (sharpness >= SHARP && still) {
                return img;
            }
            if (sharpness > bestSharpness) {
                best = img;
                bestSharpness = sharpness;
            }
            previous = luma;
        }
        return best;
    }

    /** FFmpeg's BGR24 picture as an RGB image. */
    static RgbImage toRgb(org.bytedeco.javacv.Frame f) {
        int w = f.imageWidth;
        int h = f.imageHeight;
        int channels = f.imageChannels;
        int stride = f.imageStride;
        ByteBuffer buf = (ByteBuffer) f.image[0];
        int[] rgb = new int[w * h];
        for (int y = 0; y < h; y++) {
            int row = y * stride;
            for (int x = 0; x < w; x++) {
                int o = row + x * channels;
                int b = buf.get(o) & 0xFF;
                int g = channels > 1 ? buf.get(o + 1) & 0xFF : b;
                int r = channels > 2 ? buf.get(o + 2) & 0xFF : b;
                rgb[y * w + x] = r << 16 | g << 8 | b;
            }
        }
        return new RgbImage(w, h, rgb);
    }

    static final int GRID = 96;

    /** Luma on a GRID x GRID grid (nearest sample), enough to judge blur and motion. */
    static int[] lumaGrid(RgbImage img) {
        int[] out = new int[GRID * GRID];
        for (int gy = 0; gy < GRID; gy++) {
            int y = gy * img.height() / GRID;
            for (int gx = 0; gx < GRID; gx++) {
                int p = img.rgb()[y * img.width() + gx * img.width() / GRID];
                out[gy * GRID + gx] = (77 * (p >> 16 & 0xFF) + 150 * (p >> 8 & 0xFF) + 29 * (p & 0xFF)) >> 8;
            }
        }
        return out;
    }

    /** Mean absolute 4-neighbour Laplacian: blur and defocus drive it towards 0. */
    static double sharpness(int[] luma) {
        long sum = 0;
        for (int y = 1; y < GRID - 1; y++) {
            for (int x = 1; x < GRID - 1; x++) {
                int i = y * GRID + x;
                sum += Math.abs(4 * luma[i] - luma[i - 1] - luma[i + 1] - luma[i - GRID] - luma[i + GRID]);
            }
        }
        return sum / (double) ((GRID - 2) * (GRID - 2));
    }

    static double meanDifference(int[] a, int[] b) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / (double) a.length;
    }
}
