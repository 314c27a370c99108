package app.glance.inference.ocr;

import app.glance.inference.RgbImage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decodes 8-bit, non-interlaced PNG files (grey, RGB, palette, with or without alpha) into an {@link RgbImage},
 * without {@code java.awt}, which the inference module may not use. Enough for screenshots and the benchmark corpus.
 */
final class PngReader {

    private PngReader() {
    }

    static RgbImage read(Path file) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
        if (in.remaining() < 8 || in.getLong() != 0x89504E470D0A1A0AL) {
            throw new IOException(file + " is not a PNG file");
        }
        int width = 0, height = 0, colourType = -1;
        int[] palette = new int[0];
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        while (in.remaining() >= 12) {
            int length = in.getInt();
            int type = in.getInt();
            byte[] data = new byte[length];
            in.get(data);
            in.getInt(); // CRC, not checked
            if (type == 0x49484452) { // IHDR
                ByteBuffer h = ByteBuffer.wrap(data);
                width = h.getInt();
                height = h.getInt();
                int depth = h.get();
                colourType = h.get();
                h.get();
                h.get();
                int interlace = h.get();
                if (depth != 8 || interlace != 0) {
                    throw new IOException(file + ": only 8-bit non-interlaced PNG is supported");
                }
            } else if (type == 0x504C5445) { // PLTE
                palette = new int[length / 3];
                for (int i = 0; i < palette.length; i++) {
                    palette[i] = (data[3 * i] & 0xFF) << 16 | (data[3 * i + 1] & 0xFF) << 8 | data[3 * i + 2] & 0xFF;
                }
            } else if (type == 0x49444154) { // IDAT
                idat.write(data);
            } else if (type == 0x49454E44) { // IEND
                break;
            }
        }
        int channels = switch (colourType) {
            case 0, 3 -> 1;
            case 4 -> 2;
            case 2 -> 3;
            case 6 -> 4;
            default -> throw new IOException(file + ": unsupported PNG colour type " + colourType);
        };
        byte[] raw = inflate(idat.toByteArray(), (width * channels + 1) * height);
        int[] rgb = new int[width * height];
        int stride = width * channels;
        byte[] prev = new byte[stride];
        byte[] cur = new byte[stride];
        for (int y = 0; y < height; y++) {
            int filter = raw[y * (stride + 1)];
            System.arraycopy(raw, y * (stride + 1) + 1, cur, 0, stride);
            unfilter(filter, cur, prev, channels);
            for (int x = 0; x < width; x++) {
                int o = x * channels;
                rgb[y * width + x] = switch (colourType) {
                    case 0, 4 -> (cur[o] & 0xFF) * 0x010101;
                    case 3 -> palette[cur[o] & 0xFF];
                    default -> (cur[o] & 0xFF) << 16 | (cur[o + 1] & 0xFF) << 8 | cur[o + 2] & 0xFF;
                };
            }
            byte[] t = prev;
            prev = cur;
            cur = t;
        }
        return new RgbImage(width, height, rgb);
    }

    private static void unfilter(int filter, byte[] cur, byte[] prev, int bpp) throws IOException {
        for (int i = 0; i < cur.length; i++) {
            int a = i >= bpp ? cur[i - bpp] & 0xFF : 0;
            int b = prev[i] & 0xFF;
            int c = i >= bpp ? prev[i - bpp] & 0xFF : 0;
            int add = switch (filter) {
                case 0 -> 0;
                case 1 -> a;
                case 2 -> b;
                case 3 -> (a + b) >>> 1;
                case 4 -> paeth(a, b, c);
                default -> throw new IOException("bad PNG filter " + filter);
            };
            cur[i] = (byte) (cur[i] + add);
        }
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] inflate(byte[] data, int expected) throws IOException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            byte[] out = new byte[expected];
            int n = 0;
            while (n < expected && !inflater.finished()) {
                int got = inflater.inflate(out, n, expected - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n != expected) {
                throw new IOException("PNG image data is truncated");
            }
            return out;
        } catch (DataFormatException e) {
            throw new IOException("PNG image data is corrupt", e);
        } finally {
            inflater.end();
        }
    }
}
