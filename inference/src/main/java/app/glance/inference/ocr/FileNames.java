package app.glance.inference.ocr;

import java.util.regex.Pattern;

/**
 * File names whose dot PP-OCR dropped before their extension, mended: a dot is narrow, and in a file manager's or a
 * file dialog's list "screen.java" is read "screenjava", "February.ogg" "Februaryogg" (the OCR benchmark's file
 * chooser and the real windows of {@code training.real_check}, stop 51), which a speech voice reads as one word. Only
 * extensions of three letters or more that no English word ends with are put back, after a name of three letters or
 * more, where the whole is no word ({@link WordSplitter#isWord}: "methods" is not "meth.ods"); two-letter ones ("py",
 * "md") are left, as words and names end with them ("happy", "numpy").
 */
public final class FileNames {

    private static final Pattern GLUED = Pattern.compile("(?<![\\p{L}\\d.])(\\p{L}[\\p{L}\\d_-]*[\\p{L}\\d])"
            + "(java|txt|pdf|ogg|png|jpg|jpeg|svg|csv|zip|mp3|mp4|docx|xlsx|pptx|ods|odt|odp|html|json|wav|mkv|webm|flac"
            + "|xcf|epub)(?![\\p{L}\\d])");
    private static final int MIN_NAME = 3;

    private FileNames() {
    }

    /** {@code line} with the dot put back before the extension of each file name that lost it. */
    public static String mended(String line, WordSplitter words) {
        return GLUED.matcher(line).replaceAll(m -> m.group(1).length() >= MIN_NAME
                && !words.isWord(m.group(1) + m.group(2)) ? "$1.$2" : "$0");
    }
}
