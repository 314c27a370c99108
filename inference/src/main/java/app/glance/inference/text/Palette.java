package app.glance.inference.text;

import app.glance.inference.RgbImage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a picture looks, measured on a 40 x 24 grid of its pixels (the grid the training corpus names its colours on):
 * the share of dark, of light and of grey pixels, and the share of each named colour. {@link ToneCheck} holds the
 * model's words about themes and colours against it.
 *
 * @param dark        share of grid pixels with relative luminance below 0.1 (a dark theme's grey is below 0.06;
 *                    Xfce's blue desktop, 0.15, is no dark theme: Mousepad's white window on it was "in a dark
 *                    theme", stop 30)
 * @param light       share with relative luminance above 0.6
 * @param colours     share of each colour name (the corpus's 20 names), largest first
 * @param windowDark  the dark share of the pixels that are not the desktop's ({@link #DESKTOP_RING} of the grid's
 *                    outer ring in one colour that is not dark), or of all of them where no desktop surrounds a
 *                    window: a small terminal on a green desktop is light text on a dark background
 * @param windowLight the same for light pixels, with a desktop that is not light
 * @param thirds      the colour of each third of the picture, top, middle and bottom: the name that covers more than
 *                    {@value #THIRD_SHARE} of that third's grid pixels, or "" where none does
 * @param luminance   the mean relative luminance of the grid pixels
 * @param windowed    whether windows stand on a desktop of one colour, of any tone: the cells off it are at least
 *                    {@value #MIN_WINDOW} of the grid and fill {@value #SOLID} of the box around them (a window is
 *                    solid; a maximised dark terminal's text, all that is off its own black, is scattered). Then
 *                    {@code windowDark} and {@code windowLight} are the shares of those cells alone: a white window
 *                    on Ubuntu's dark purple desktop had been "light text on a dark background" (stop 52)
 * @param grey        share of grid pixels with no colour, their channels within {@value #GREY_SPREAD} of each other
 */
public record Palette(double dark, double light, Map<String, Double> colours, double windowDark,
                      double windowLight, List<String> thirds, double luminance, boolean windowed, double grey) {

    static final int GRID_W = 40;
    static final int GRID_H = 24;
    /** Relative luminance below which a pixel counts as dark ... */
    static final double DARK_BELOW = 0.1;
    /** ... and above which it counts as light. */
    static final double LIGHT_ABOVE = 0.6;
    /** A desktop around the windows: one colour in this share of the grid's outer ring ... */
    static final double DESKTOP_RING = 0.8;
    /** ... and windows on this share of the grid at least ... */
    static final double MIN_WINDOW = 0.1;
    /** ... filling this share of the box around them, for {@link #windowed}. */
    static final double SOLID = 0.7;

    /** The training corpus's colour names and their reference colours (training/data/scene.py, COLOR_NAMES). */
    private static final Object[][] NAMES = {
            {"black", 0, 0, 0}, {"white", 255, 255, 255}, {"grey", 128, 128, 128}, {"light grey", 200, 200, 200},
            {"dark grey", 60, 60, 60}, {"red", 200, 40, 40}, {"dark red", 120, 20, 20}, {"orange", 240, 140, 30},
            {"yellow", 240, 210, 40}, {"green", 50, 160, 60}, {"dark green", 20, 90, 40}, {"teal", 0, 128, 128},
            {"cyan", 40, 190, 210}, {"blue", 40, 100, 210}, {"light blue", 140, 190, 240}, {"navy", 20, 30, 90},
            {"purple", 120, 60, 170}, {"pink", 230, 110, 170}, {"brown", 120, 75, 40}, {"beige", 225, 210, 180},
    };

    /**
     * A third of the picture has a colour where that colour covers more than this share of it (at exactly half, two
     * would: a chessboard's thirds had been "white at the top, black at the bottom", stop 45).
     */
    static final double THIRD_SHARE = 0.5;
    /** A picture is dark where its mean relative luminance is below this ... */
    static final double DARK_MEAN = 0.03;
    /** ... and this share of it is dark at least. */
    static final double DARK_MOST = 0.85;
    private static final String[] THIRDS = {" at the top", " in the middle", " at the bottom"};
    /** A pixel is grey where its red, green and blue are within this of each other (a JPEG's noise allowed) ... */
    static final int GREY_SPREAD = 12;
    /** ... and a picture is black and white where this share of its grid pixels are grey. */
    static final double GREY_MOST = 0.97;

    public Palette {
        colours = Collections.unmodifiableMap(new LinkedHashMap<>(colours));
        thirds = List.copyOf(thirds);
    }

    public static Palette of(RgbImage image) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> ring = new LinkedHashMap<>();
        List<Map<String, Integer>> byThird = List.of(new LinkedHashMap<>(), new LinkedHashMap<>(),
                new LinkedHashMap<>());
        String[] names = new String[GRID_W * GRID_H];
        double[] lums = new double[names.length];
        int grey = 0;
        for (int gy = 0; gy < GRID_H; gy++) {
            for (int gx = 0; gx < GRID_W; gx++) {
                // the centre of each cell, as a nearest-neighbour resize picks it
                int x = Math.min(image.width() - 1, (int) ((gx + 0.5) * image.width() / GRID_W));
                int y = Math.min(image.height() - 1, (int) ((gy + 0.5) * image.height() / GRID_H));
                int p = image.at(x, y);
                int r = (p >> 16) & 0xff;
                int g = (p >> 8) & 0xff;
                int b = p & 0xff;
                int i = gy * GRID_W + gx;
                grey += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) <= GREY_SPREAD ? 1 : 0;
                lums[i] = luminance(r, g, b);
                names[i] = name(r, g, b);
                counts.merge(names[i], 1, Integer::sum);
                byThird.get(gy * THIRDS.length / GRID_H).merge(names[i], 1, Integer::sum);
                if (gx == 0 || gy == 0 || gx == GRID_W - 1 || gy == GRID_H - 1) {
                    ring.merge(names[i], 1, Integer::sum);
                }
            }
        }
        int ringCells = 2 * (GRID_W + GRID_H) - 4;
        String desktop = ring.entrySet().stream().filter(e -> e.getValue() >= DESKTOP_RING * ringCells)
                .map(Map.Entry::getKey).findFirst().orElse(null);
        int dark = 0;
        int light = 0;
        double lum = 0;
        int[] off = new int[2]; // cells off a desktop that is not dark, resp. not light
        int[] offTone = new int[2]; // dark cells among the first, light among the second
        int windowCells = 0; // cells off the desktop whatever their tone, the dark and light ones among them ...
        int[] windowTone = new int[2];
        int[] box = {GRID_W, -1, GRID_H, -1}; // ... and the box around them: left, right, top, bottom
        for (int i = 0; i < names.length; i++) {
            boolean isDark = lums[i] < DARK_BELOW;
            boolean isLight = lums[i] > LIGHT_ABOVE;
            dark += isDark ? 1 : 0;
            light += isLight ? 1 : 0;
            lum += lums[i];
            boolean onDesktop = names[i].equals(desktop);
            if (!(onDesktop && !isDark)) {
                off[0]++;
                offTone[0] += isDark ? 1 : 0;
            }
            if (!(onDesktop && !isLight)) {
                off[1]++;
                offTone[1] += isLight ? 1 : 0;
            }
            if (!onDesktop) {
                windowCells++;
                windowTone[0] += isDark ? 1 : 0;
                windowTone[1] += isLight ? 1 : 0;
                box[0] = Math.min(box[0], i % GRID_W);
                box[1] = Math.max(box[1], i % GRID_W);
                box[2] = Math.min(box[2], i / GRID_W);
                box[3] = Math.max(box[3], i / GRID_W);
            }
        }
        double n = names.length;
        // windows on a desktop: enough cells off it, filling the box around them as windows do
        boolean windowed = desktop != null && windowCells >= MIN_WINDOW * n
                && windowCells >= SOLID * (box[1] - box[0] + 1) * (box[3] - box[2] + 1);
        if (windowed) {
            off[0] = windowCells;
            off[1] = windowCells;
            offTone[0] = windowTone[0];
            offTone[1] = windowTone[1];
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> shares.put(e.getKey(), e.getValue() / n));
        double third = n / THIRDS.length;
        List<String> thirds = byThird.stream().map(c -> c.entrySet().stream()
                .filter(e -> e.getValue() > THIRD_SHARE * third).map(Map.Entry::getKey).findFirst().orElse(""))
                .toList();
        return new Palette(dark / n, light / n, shares, window(offTone[0], off[0], dark / n),
                window(offTone[1], off[1], light / n), thirds, lum / n, windowed, grey / n);
    }

    /** A window's share of a tone: of the cells off the desktop, where they are enough to judge by. */
    private static double window(int tone, int cells, double whole) {
        return cells >= MIN_WINDOW * GRID_W * GRID_H ? (double) tone / cells : whole;
    }

    /** A colour is named in {@link #mainColours()} when it covers at least this share of the picture. */
    static final double NAMED_SHARE = 0.2;

    /**
     * The picture's main colours in words: "mostly white and grey" (the one or two colours that each cover a fifth
     * of it or more, largest first), or "in many colours" when none does.
     */
    public String mainColours() {
        List<String> named = new ArrayList<>();
        for (Map.Entry<String, Double> e : colours.entrySet()) {
            if (e.getValue() >= NAMED_SHARE && named.size() < 2) {
                named.add(e.getKey());
            }
        }
        return named.isEmpty() ? "in many colours" : "mostly " + String.join(" and ", named);
    }

    /**
     * Where the colours are, for a photo: ": light blue at the top, green at the bottom" (a sky over a field), each
     * third of the picture that has a colour of its own ({@link #thirds}), top to bottom, where at least two of them
     * have one and they are not all the same; the middle third only where its colour is neither of the others'
     * ("blue at the top, blue in the middle, navy at the bottom" says nothing that "blue at the top, navy at the
     * bottom" does not); "" otherwise.
     */
    public String layout() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < THIRDS.length; i++) {
            String c = thirds.get(i);
            boolean repeats = i == 1 && (c.equals(thirds.get(0)) || c.equals(thirds.get(2)));
            if (!c.isEmpty() && !repeats) {
                parts.add(c + THIRDS[i]);
            }
        }
        boolean differ = thirds.stream().filter(c -> !c.isEmpty()).distinct().count() > 1;
        return differ ? ": " + String.join(", ", parts) : "";
    }

    /**
     * Whether the picture is black and white: {@value #GREY_MOST} of its grid grey, a JPEG's noise allowed (old
     * portraits, 4 of the 11 pictures of Gramps' example family tree, stop 53); a colour photo's greys have colour in
     * more places than that.
     */
    public boolean isBlackAndWhite() {
        return grey >= GREY_MOST;
    }

    /** Whether the picture is dark: a dim room before a webcam, a night sky. */
    public boolean isDark() {
        return luminance < DARK_MEAN && dark >= DARK_MOST;
    }

    /** The share of the grid in colour {@code name} (0 when the name is not one of the corpus's). */
    public double share(String name) {
        return colours.getOrDefault(name, 0.0);
    }

    static String name(int r, int g, int b) {
        String best = null;
        long bestD = Long.MAX_VALUE;
        for (Object[] c : NAMES) {
            long dr = r - (int) c[1];
            long dg = g - (int) c[2];
            long db = b - (int) c[3];
            long d = dr * dr * 2 + dg * dg * 3 + db * db;
            if (d < bestD) {
                bestD = d;
                best = (String) c[0];
            }
        }
        return best;
    }

    /** WCAG relative luminance, 0 (black) to 1 (white). */
    static double luminance(int r, int g, int b) {
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    }

    private static double channel(int v) {
        double c = v / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** Every colour name the corpus uses, longest first (so "dark grey" is matched before "grey"). */
    static List<String> names() {
        return Arrays.stream(NAMES).map(c -> (String) c[0]).sorted((a, b) -> b.length() - a.length()).toList();
    }
}
