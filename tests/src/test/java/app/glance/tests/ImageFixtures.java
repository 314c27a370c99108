package app.glance.tests;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Image files for the bad-input matrix, made in memory so that nothing large is committed: well-formed images of
 * unusual kinds (16-bit, greyscale, palette, alpha, CMYK, animated) and hand-written headers that lie (a PNG that
 * claims 30,000 x 30,000 pixels in 57 bytes).
 */
final class ImageFixtures {

    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private ImageFixtures() {
    }

    /** A screen-like picture with edges (a title bar, a button, text), so it goes to the captioner. */
    static BufferedImage screen(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x2050A0));
        g.fillRect(0, 0, w, h / 8);
        g.setColor(Color.BLACK);
        for (int y = h / 4; y < h - 10; y += 12) {
            for (int x = 8; x < w - 8; x += 7) {
                g.fillRect(x, y, 4, 6);
            }
        }
        g.dispose();
        return img;
    }

    static BufferedImage solid(int type, int w, int h, Color c) {
        BufferedImage img = new BufferedImage(w, h, type);
        Graphics2D g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    static byte[] encode(BufferedImage img, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no " + format + " writer for " + img);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A 16-bit-per-channel RGB PNG (PNG bit depth 16, colour type 2), filled with one colour. */
    static byte[] png16BitRgb(int w, int h, int r16, int g16, int b16) {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = cm.createCompatibleWritableRaster(w, h);
        int[] px = {r16, g16, b16};
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                raster.setPixel(x, y, px);
            }
        }
        return encode(new BufferedImage(cm, raster, false, null), "png");
    }

    /** A palette PNG (colour type 3) whose palette holds two colours, every pixel the first one. */
    static byte[] palettePng(int w, int h, Color first, Color second) {
        IndexColorModel cm = new IndexColorModel(1, 2,
                new byte[] {(byte) first.getRed(), (byte) second.getRed()},
                new byte[] {(byte) first.getGreen(), (byte) second.getGreen()},
                new byte[] {(byte) first.getBlue(), (byte) second.getBlue()});
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY, cm);
        return encode(img, "png");
    }

    /**
     * A CMYK JPEG as Photoshop writes one: an Adobe APP14 marker (transform 0: no colour transform) and four channels
     * stored inverted (255 = no ink). {@code c, m, y, k} are ink amounts, 0..255.
     */
    static byte[] cmykJpeg(int w, int h, int c, int m, int y, int k) {
        WritableRaster r = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        int[] px = {255 - c, 255 - m, 255 - y, 255 - k};
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                r.setPixel(i, j, px);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream o = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(o);
            writer.write(null, new IIOImage(r, null, null), writer.getDefaultWriteParam());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        byte[] jpeg = out.toByteArray();
        byte[] app14 = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        return concat(Arrays.copyOf(jpeg, 2), app14, Arrays.copyOfRange(jpeg, 2, jpeg.length)); // after SOI
    }

    /** An animated GIF that loops forever: one frame per colour, 100 ms each. */
    static byte[] animatedGif(int w, int h, Color... frames) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream o = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(o);
            writer.prepareWriteSequence(null);
            boolean first = true;
            for (Color c : frames) {
                BufferedImage img = solid(BufferedImage.TYPE_INT_RGB, w, h, c);
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img),
                        null);
                String format = meta.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
                IIOMetadataNode gce = new IIOMetadataNode("GraphicControlExtension");
                gce.setAttribute("disposalMethod", "none");
                gce.setAttribute("userInputFlag", "FALSE");
                gce.setAttribute("transparentColorFlag", "FALSE");
                gce.setAttribute("delayTime", "10");
                gce.setAttribute("transparentColorIndex", "0");
                root.appendChild(gce);
                if (first) { // NETSCAPE2.0 loop forever
                    IIOMetadataNode apps = new IIOMetadataNode("ApplicationExtensions");
                    IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
                    app.setAttribute("applicationID", "NETSCAPE");
                    app.setAttribute("authenticationCode", "2.0");
                    app.setUserObject(new byte[] {1, 0, 0});
                    apps.appendChild(app);
                    root.appendChild(apps);
                    first = false;
                }
                meta.setFromTree(format, root);
                writer.writeToSequence(new IIOImage(img, null, meta), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * A PNG that is only a signature, a valid IHDR (with a correct CRC) claiming {@code w x h} 8-bit RGB pixels, and
     * IEND: no pixel data at all. A reader that trusts the header would try to allocate w*h*3 bytes.
     */
    static byte[] pngHeaderOnly(int w, int h) {
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        return concat(PNG_SIGNATURE, chunk("IHDR", ihdr.array()), chunk("IEND", new byte[0]));
    }

    /** A BMP header (BITMAPINFOHEADER, 24-bit) claiming {@code w x h} pixels, followed by no pixel data. */
    static byte[] bmpHeaderOnly(int w, int h) {
        ByteBuffer b = ByteBuffer.allocate(54).order(ByteOrder.LITTLE_ENDIAN);
        long imageSize = (long) ((w * 3 + 3) & ~3) * h;
        b.put((byte) 'B').put((byte) 'M').putInt((int) Math.min(Integer.MAX_VALUE, 54 + imageSize)).putInt(0)
                .putInt(54);
        b.putInt(40).putInt(w).putInt(h).putShort((short) 1).putShort((short) 24).putInt(0)
                .putInt((int) Math.min(Integer.MAX_VALUE, imageSize)).putInt(2835).putInt(2835).putInt(0).putInt(0);
        return b.array();
    }

    /** A baseline JPEG whose SOF0 header is patched to claim {@code w x h}; the scan data stays small. */
    static byte[] jpegClaiming(byte[] jpeg, int w, int h) {
        byte[] out = jpeg.clone();
        for (int i = 2; i + 9 < out.length; i++) {
            if ((out[i] & 0xFF) == 0xFF && (out[i + 1] & 0xFF) == 0xC0) {
                ByteBuffer.wrap(out, i + 5, 4).putShort((short) h).putShort((short) w);
                return out;
            }
        }
        throw new IllegalArgumentException("no SOF0 marker");
    }

    /** A GIF whose logical screen and first image descriptor are patched to claim {@code w x h} (at most 65535). */
    static byte[] gifClaiming(byte[] gif, int w, int h) {
        byte[] out = gif.clone();
        ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort(6, (short) w).putShort(8, (short) h);
        int flags = out[10] & 0xFF;
        int pos = 13 + ((flags & 0x80) != 0 ? 3 << ((flags & 7) + 1) : 0);
        while (pos < out.length) {
            int block = out[pos] & 0xFF;
            if (block == 0x2C) {
                b.putShort(pos + 5, (short) w).putShort(pos + 7, (short) h);
                return out;
            }
            if (block != 0x21) {
                break;
            }
            pos += 2; // extension introducer and label, then sub-blocks up to a zero length
            while ((out[pos] & 0xFF) != 0) {
                pos += (out[pos] & 0xFF) + 1;
            }
            pos++;
        }
        throw new IllegalArgumentException("no image descriptor");
    }

    static byte[] chunk(String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(t).put(data).putInt((int) crc.getValue())
                .array();
    }

    static byte[] truncate(byte[] bytes, double keep) {
        return Arrays.copyOf(bytes, (int) (bytes.length * keep));
    }

    /** The bytes with a run in the middle overwritten with garbage (the CRCs and the compressed data no longer fit). */
    static byte[] corrupt(byte[] bytes) {
        byte[] out = bytes.clone();
        for (int i = 40; i < out.length - 20; i++) {
            out[i] = (byte) (i * 31 + 7);
        }
        return out;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
