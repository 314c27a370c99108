package app.glance.app;

import app.glance.inference.RgbImage;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/** Reads image files into {@link RgbImage}s, refusing what cannot be described with one clear sentence. */
public final class ImageFiles {

    /**
     * Images larger than this many pixels are refused before decoding (a 30,000 x 30,000 PNG would need 3.6 GB):
     * 40 million pixels (e.g. 8,000 x 5,000, more than two 4K screens side by side) need about 320 MB while decoding.
     */
    static final long MAX_PIXELS = 40_000_000L;

    private ImageFiles() {
    }

    public static final class BadImageException extends Exception {
        public BadImageException(String message) {
            super(message);
        }
    }

    public static RgbImage read(Path file) throws BadImageException {
        if (!Files.exists(file)) {
            throw new BadImageException(file + ": no such file");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new BadImageException(file + ": not a readable file");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new BadImageException(file + ": not an image Glance can read (PNG, JPEG, GIF or BMP)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w <= 0 || h <= 0) {
                    throw new BadImageException(file + ": the image has no pixels");
                }
                if (w * h > MAX_PIXELS) {
                    throw new BadImageException(file + ": the image is too large (" + w + "x" + h + " pixels)");
                }
                return toRgb(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (BadImageException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw new BadImageException(file + ": the image is too large for the memory Glance has");
        } catch (IOException | RuntimeException e) {
            throw new BadImageException(file + ": the image is damaged or truncated");
        }
    }

    public static RgbImage toRgb(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        BufferedImage rgb = img;
        if (img.getType() != BufferedImage.TYPE_INT_RGB) { // transparent pixels are shown on white
            rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(img, 0, 0, null);
            g.dispose();
        }
        int[] px = rgb.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < px.length; i++) {
            px[i] &= 0xFFFFFF;
        }
        return new RgbImage(w, h, px);
    }
}
