package app.glance.inference.ocr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Greedy CTC decoding of a PP-OCR recogniser's output: at each time step the most likely class; repeats of the
 * same class are merged and class 0 (the CTC blank) is dropped. Class {@code i} is the character on line {@code i}
 * of the model's key file, and the class after the last line is a space. The Chinese models' keys hold full-width
 * forms of the Latin letters, digits and signs ("\uff4f" beside "o"), which they sometimes pick on a Latin screen:
 * those are written as the plain characters they stand for ({@link #plain}).
 */
public final class CtcText {

    /**
     * A decoded line: its text, the mean probability of the characters kept (0 when there are none), and for each
     * character of the text the time step it was read at (where along the line it stands), out of {@code length}.
     */
    public record Decoded(String text, float confidence, int[] steps, int length) {

        public Decoded {
            if (steps.length != text.length()) {
                throw new IllegalArgumentException(steps.length + " steps for " + text.length() + " characters");
            }
        }

        /** This line without its first {@code chars} characters (their steps go with them). */
        public Decoded withoutFirst(int chars) {
            return new Decoded(text.substring(chars), confidence, Arrays.copyOfRange(steps, chars, steps.length),
                    length);
        }
    }

    private final String[] characters;

    public CtcText(List<String> keys) {
        characters = new String[keys.size() + 2];
        characters[0] = "";
        for (int i = 0; i < keys.size(); i++) {
            characters[i + 1] = plain(keys.get(i));
        }
        characters[keys.size() + 1] = " ";
    }

    /**
     * A full-width form ("\uff4f", "\uff11", "\uff0c") as the ASCII character it stands for ("o", "1", ","), the
     * ideographic space as a space; any other key as it is.
     */
    static String plain(String key) {
        if (key.length() != 1) {
            return key;
        }
        char c = key.charAt(0);
        if (c >= '\uff01' && c <= '\uff5e') {
            return String.valueOf((char) (c - 0xfee0));
        }
        return c == '\u3000' ? " " : key;
    }

    /** Reads a key file: one character per line, UTF-8. */
    public static CtcText read(InputStream in) throws IOException {
        List<String> keys = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                keys.add(line);
            }
        }
        return new CtcText(keys);
    }

    /** The number of classes a matching recogniser outputs (blank, the keys, space). */
    public int classes() {
        return characters.length;
    }

    /** As {@link #decode(float[], int, int)}, reading the buffer's values by index (its position is not used). */
    public Decoded decode(FloatBuffer probs, int offset, int steps) {
        if (probs.hasArray()) {
            return decode(probs.array(), probs.arrayOffset() + offset, steps);
        }
        // the values copied into an array: a buffer read one value at a time is slow with the quick JIT compiler
        float[] copy = new float[steps * characters.length];
        probs.get(offset, copy);
        return decode(copy, 0, steps);
    }

    /** Decodes one line from {@code probs}, laid out as {@code [steps][classes]} starting at {@code offset}. */
    public Decoded decode(float[] probs, int offset, int steps) {
        int classes = characters.length;
        StringBuilder text = new StringBuilder();
        int[] at = new int[Math.max(4, steps)];
        double sum = 0;
        int kept = 0;
        int previous = 0;
        for (int t = 0; t < steps; t++) {
            int base = offset + t * classes;
            int best = 0;
            float bestP = probs[base];
            for (int c = 1; c < classes; c++) {
                float p = probs[base + c];
                if (p > bestP) {
                    bestP = p;
                    best = c;
                }
            }
            if (best != 0 && best != previous) {
                String c = characters[best];
                if (text.length() + c.length() > at.length) {
                    at = Arrays.copyOf(at, 2 * (text.length() + c.length()));
                }
                Arrays.fill(at, text.length(), text.length() + c.length(), t);
                text.append(c);
                sum += bestP;
                kept++;
            }
            previous = best;
        }
        return new Decoded(text.toString(), kept == 0 ? 0f : (float) (sum / kept), Arrays.copyOf(at, text.length()),
                steps);
    }
}
