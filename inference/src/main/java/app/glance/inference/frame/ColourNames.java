package app.glance.inference.frame;

/** Plain English names for colours from a small palette: black, white, greys, and hues with dark/light. */
final class ColourNames {

    private ColourNames() {
    }

    /** The name of a packed {@code 0xRRGGBB} colour, e.g. "black", "light grey", "dark blue", "orange". */
    static String name(int rgb) {
        int r = rgb >> 16 & 0xFF, g = rgb >> 8 & 0xFF, b = rgb & 0xFF;
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        double value = max / 255.0;
        double saturation = max == 0 ? 0 : (max - min) / (double) max;
        if (value < 0.13) {
            return "black";
        }
        if (saturation < 0.15 || max - min < 16) {
            if (value > 0.92) {
                return "white";
            }
            return value > 0.7 ? "light grey" : value > 0.35 ? "grey" : "dark grey";
        }
        String hue = hue(hueDegrees(r, g, b, max, min), value);
        if (hue.equals("brown")) {
            return hue;
        }
        if (value < 0.56) {
            return "dark " + hue;
        }
        if (saturation < 0.45 && value > 0.75) {
            return "light " + hue;
        }
        return hue;
    }

    private static String hue(double h, double value) {
        if (h < 15 || h >= 345) {
            return "red";
        }
        if (h < 40) {
            return value < 0.6 ? "brown" : "orange";
        }
        if (h < 70) {
            return "yellow";
        }
        if (h < 165) {
            return "green";
        }
        if (h < 190) {
            return "teal";
        }
        if (h < 255) {
            return "blue";
        }
        if (h < 320) {
            return "purple";
        }
        return "pink";
    }

    private static double hueDegrees(int r, int g, int b, int max, int min) {
        double d = max - min;
        double h;
        if (max == r) {
            h = ((g - b) / d) % 6;
        } else if (max == g) {
            h = (b - r) / d + 2;
        } else {
            h = (r - g) / d + 4;
        }
        h *= 60;
        return h < 0 ? h + 360 : h;
    }
}
