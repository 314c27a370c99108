package app.glance.inference.frame;

import app.glance.inference.RgbImage;
import app.glance.inference.TextLine;
import app.glance.inference.text.KindCheck;
import app.glance.inference.text.Palette;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells a photo from a screenshot, for a model that was trained on screens only and would otherwise call a cat "a
 * terminal". Two measures on about 120 evenly spaced rows of neighbouring pixels: how many pairs are flat (every
 * channel within 2: windows, panels and pages are mostly flat, a camera's noise and a photo's textures are not), and
 * of the pairs that are not flat, how many are hard edges (a channel jumps by more than 48: text and borders; JPEG
 * compression blurs a screenshot's flat areas but leaves its edges). A photo has few flat pairs and few hard edges.
 *
 * <p>Measured (2026-11-28): 160 screenshots of real applications under Xvfb, as PNG and as JPEG at quality 90 to 30,
 * and 908 rendered screens of the training corpus: none looks like a photo (JPEG screenshots alone fall to 0.63
 * flat, with 5-35 % hard edges). 42 photos (scikit-image's and OpenCV's sample photos, OpenCV's street scenes with
 * signs): 35 look like photos; the other 7 (among them a chessboard, a printed page and a rocket against a clear sky:
 * large flat areas or sharp edges) are captioned as before. 20 small JPEG screenshots of Windows tools from OpenCV's
 * documentation: one looks like a photo (a window that shows a portrait photo). A webcam picture of a monitor: a
 * photo.
 *
 * <p>A photo whose subject lies on a dark or plain background has many flat pairs, but almost no hard edges among the
 * others (stop 33: scikit-image's retina, 0.85 flat and 0.4 % hard, was "Probably a terminal."; its brick wall, 0.72
 * flat and none hard, "Glance cannot tell ..."). Screenshots, whose text and borders are hard edges, had 4.4 % of
 * them or more at any share of flat pairs (205 screens of real applications and of the tests' fixtures), JPEG
 * screenshots 5 % or more, and a page with one photo and no text at all about 1 % (the photo's borders): fewer than
 * {@value #HARD_NONE_BELOW} with fewer flat pairs than {@value #FLAT_AROUND_BELOW} is a photo too.
 */
public final class PhotoCheck {

    /** A picture with fewer flat neighbouring pairs than this ... */
    static final double FLAT_BELOW = 0.70;
    /** ... and fewer hard edges than this among the other pairs looks like a photo. */
    static final double HARD_BELOW = 0.10;
    /**
     * So does one with fewer flat pairs than this (a dark or plain background around the subject) ...
     */
    static final double FLAT_AROUND_BELOW = 0.95;
    /** ... where almost none of the other pairs are hard edges: no text, no borders. */
    static final double HARD_NONE_BELOW = 0.005;
    /** Neighbours whose largest channel difference is at most this are "flat". */
    static final int FLAT_STEP = 2;
    /** A larger jump than this is a hard edge (as in {@link FrameCheck}). */
    static final int HARD_STEP = 48;
    private static final int ROWS_SAMPLED = 120;
    /** A run of one colour this wide at least ... */
    static final int PANEL_WIDTH = 48;
    /** ... between the same columns on this many rows is a window's background ({@link #windowShown}). */
    static final int PANEL_ROWS = 24;
    /** A photo's text is quoted from lines OCR read with at least this confidence (its misreadings are common). */
    static final double SURE_TEXT = 0.8;
    /** At most this many words of a line are quoted. */
    private static final int QUOTED_WORDS = 10;
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{3}");

    /** A line this share of the picture's width or height from an edge reaches it ({@link #edges}). */
    static final double EDGE_SHARE = 0.025;
    /** A face at least this share of the picture's height is close up ... */
    static final double CLOSE_UP = 0.4;
    /** ... and one less than this share small (far from the camera). */
    static final double SMALL = 0.12;
    private static final String[] COUNTS = {"No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
        "Nine", "Ten"};

    private PhotoCheck() {
    }

    /** The two measures: the share of flat neighbouring pairs, and the share of hard edges among the others. */
    record Texture(double flat, double hard) {
        boolean photo() {
            return flat < FLAT_BELOW && hard < HARD_BELOW || flat < FLAT_AROUND_BELOW && hard < HARD_NONE_BELOW;
        }
    }

    static Texture texture(RgbImage image) {
        int w = image.width();
        int[] rgb = image.rgb();
        int rowStep = Math.max(1, image.height() / ROWS_SAMPLED);
        long pairs = 0;
        long flat = 0;
        long hard = 0;
        for (int y = 0; y < image.height(); y += rowStep) {
            int row = y * w;
            int prev = rgb[row];
            for (int x = 1; x < w; x++) {
                int p = rgb[row + x];
                int d = FrameCheck.distance(p, prev);
                if (d <= FLAT_STEP) {
                    flat++;
                } else if (d > HARD_STEP) {
                    hard++;
                }
                pairs++;
                prev = p;
            }
        }
        long rough = pairs - flat;
        return new Texture(pairs == 0 ? 1.0 : flat / (double) pairs, rough == 0 ? 1.0 : hard / (double) rough);
    }

    public static boolean looksLikePhoto(RgbImage image) {
        return texture(image).photo() && !windowShown(image);
    }

    /**
     * Whether a window of some application shows in the picture: one colour, exactly, from the same column to the same
     * column (at least {@value #PANEL_WIDTH} pixels, neither of them at the picture's edge) on {@value #PANEL_ROWS}
     * rows or more, as a window's or a dialog's background is between its borders. A screenshot of a desktop whose
     * wallpaper is a photo, with a small window on it, has the photo's texture (stop 33: a terminal over a coffee cup
     * was "This looks like a photo, mostly orange."); photos had 8 such rows at most (scikit-image's 33 sample images
     * and the tests' two), as a camera's noise breaks any run of one colour; the terminal had 119, zenity's
     * information dialog 26.
     */
    /** A row's pixels from {@code from} up to {@code to}, all of one {@code colour}. */
    private record Run(int from, int to, int colour) {
    }

    public static boolean windowShown(RgbImage image) {
        int w = image.width();
        int[] rgb = image.rgb();
        Map<Run, Integer> rows = new HashMap<>(); // how many rows have each run
        for (int y = 0; y < image.height(); y++) {
            int row = y * w;
            for (int x = 0, end; x < w; x = end) {
                int colour = rgb[row + x];
                end = x + 1;
                while (end < w && rgb[row + end] == colour) {
                    end++;
                }
                if (end - x >= PANEL_WIDTH && x > 0 && end < w
                        && rows.merge(new Run(x, end, colour), 1, Integer::sum) >= PANEL_ROWS) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * " The text on it begins "Ibuprofen", then "Take 1 tablet twice daily"." for the first line that OCR read with
     * confidence {@value #SURE_TEXT} or more and that has three letters in a row (a medicine's or a product's name,
     * a sign, a letter's greeting; not English words only, as on a screen: names are what a label says first),
     * followed by the next such line where the first has at most two words; "" where there is none.
     */
    public static String textBegins(List<TextLine> lines) {
        List<String> sure = quoted(lines);
        if (sure.isEmpty()) {
            return "";
        }
        return " The text on it begins " + (sure.size() > 1 && !alone(sure.get(0))
                ? sure.get(0) + ", then " + sure.get(1) : sure.get(0)) + ".";
    }

    /**
     * Whether {@code firstLines}, the first lines of a picture in reading order, are all that {@link #textBegins}
     * quotes from it, whatever lines follow them: two quoted lines, or a first one that is said alone.
     */
    public static boolean textBeginsIn(List<TextLine> firstLines) {
        List<String> sure = quoted(firstLines);
        return sure.size() > 1 || sure.size() == 1 && alone(sure.get(0));
    }

    /**
     * " The text reaches the picture's right edge: some of it may be cut off." where a line that {@link #textBegins}
     * could quote comes within {@value #EDGE_SHARE} of the picture's width (or height) of an edge: a letter held up
     * to a webcam, its lines longer than the picture is wide (OCR drops the cut letters, so a cut line ends a little
     * before the edge: 13 pixels of 640 on a rendered letter, stop 45); "" where none does. The edges are the
     * picture's: in front of a webcam that does not mirror, its right is the user's left.
     */
    public static String edges(List<TextLine> lines, int width, int height) {
        double mx = EDGE_SHARE * width;
        double my = EDGE_SHARE * height;
        List<TextLine> sure = lines.stream().filter(PhotoCheck::quotable).toList();
        List<String> reached = new ArrayList<>();
        if (sure.stream().anyMatch(l -> l.y() <= my)) {
            reached.add("top");
        }
        if (sure.stream().anyMatch(l -> l.y() + l.height() >= height - my)) {
            reached.add("bottom");
        }
        if (sure.stream().anyMatch(l -> l.x() <= mx)) {
            reached.add("left");
        }
        if (sure.stream().anyMatch(l -> l.x() + l.width() >= width - mx)) {
            reached.add("right");
        }
        if (reached.isEmpty()) {
            return "";
        }
        String which = KindCheck.joined(reached) + (reached.size() == 1 ? " edge" : " edges");
        return " The text reaches the picture's " + which + ": some of it may be cut off.";
    }

    private static boolean quotable(TextLine l) {
        return l.confidence() >= SURE_TEXT && LETTERS.matcher(l.text()).find();
    }

    /** The first two lines that {@link #textBegins} may quote, quoted. */
    private static List<String> quoted(List<TextLine> lines) {
        return lines.stream().filter(PhotoCheck::quotable)
                .map(l -> "\"" + KindCheck.quote(l.text(), QUOTED_WORDS) + "\"").limit(2).toList();
    }

    /** Whether a quoted line is said without the next one: it has more than two words. */
    private static boolean alone(String quoted) {
        return quoted.split("\\s+").length > 2;
    }

    /**
     * What Glance says instead of a caption when its model does not describe photos: what kind of picture it is and
     * its main colours, e.g. "This looks like a photo, mostly brown and grey. Glance's model describes screens, not
     * photos, so it cannot say what this one shows."
     */
    public static String sentence(Palette palette, boolean fromCamera) {
        return sentence(palette, fromCamera, List.of(), 1, 1);
    }

    /**
     * As {@link #sentence(Palette, boolean)}, with where its colours are where its thirds differ ("mostly light blue
     * and green: light blue at the top, green at the bottom": {@link Palette#layout}), "It is dark." where it is, and
     * the faces found in the {@code width} x {@code height} picture ({@link FaceFinder}) said after its colours: where
     * one face is and how large ("A camera picture, mostly brown and grey. One face, in the middle, close up.
     * Glance's model describes screens, not photos, so it cannot say what else the camera sees."), or how many there
     * are.
     */
    public static String sentence(Palette palette, boolean fromCamera, List<FaceFinder.Face> faces, int width,
                                  int height) {
        String colours = palette.mainColours() + palette.layout();
        return (fromCamera ? "A camera picture, " : "This looks like a " + blackAndWhite(palette) + "photo, ") + colours
                + ". "
                + (palette.isDark() ? "It is dark. " : "") + faces(faces, width, height)
                + "Glance's model describes screens, not photos, so it cannot say what "
                + (faces.isEmpty() ? "" : "else ") + (fromCamera ? "the camera sees." : "this one shows.");
    }

    /**
     * What Glance adds after an image viewer's or an image editor's window whose picture looks like a photo
     * ({@link PictureRegion}): its colours and faces, as for a photo alone: "The picture in it looks like a photo,
     * mostly dark green and grey. One face, in the middle."
     */
    public static String inWindow(Palette palette, List<FaceFinder.Face> faces, int width, int height) {
        return ("The picture in it looks like a " + blackAndWhite(palette) + "photo, " + palette.mainColours()
                + palette.layout() + ". "
                + faces(faces, width, height)).strip();
    }

    /**
     * "black-and-white " before "photo" where the picture is ({@link Palette#isBlackAndWhite}: the old portraits of
     * Gramps' example family tree had been "a photo, mostly grey and white", stop 53); "" otherwise. Not for a camera's
     * picture, whose greys in a dim room say nothing of the camera.
     */
    private static String blackAndWhite(Palette palette) {
        return palette.isBlackAndWhite() ? "black-and-white " : "";
    }

    /**
     * "One face, on the picture's left, near the top, close up. ", "Three faces. ", or nothing where there is none.
     * Left and right are the picture's: in front of a webcam that does not mirror, a face on the picture's left is on
     * the person's right.
     */
    static String faces(List<FaceFinder.Face> faces, int width, int height) {
        if (faces.isEmpty()) {
            return "";
        }
        String count = faces.size() < COUNTS.length ? COUNTS[faces.size()] : String.valueOf(faces.size());
        if (faces.size() > 1) {
            return count + " faces. ";
        }
        FaceFinder.Face f = faces.get(0);
        double x = f.centreX() / width;
        double y = f.centreY() / height;
        double size = (double) f.height() / height;
        String across = x < 0.35 ? "on the picture's left" : x > 0.65 ? "on the picture's right" : "in the middle";
        String down = y < 0.3 ? ", near the top" : y > 0.7 ? ", near the bottom" : "";
        String how = size >= CLOSE_UP ? ", close up" : size < SMALL ? ", small" : "";
        return "One face, " + across + down + how + ". ";
    }
}
