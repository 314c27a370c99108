package app.glance.app.capture;

import app.glance.inference.RgbImage;

/**
 * A rectangle in pixels: a saved screen region (in desktop coordinates) or a part of an image (in image
 * coordinates). Always at least one pixel wide and high.
 */
public record Region(int x, int y, int width, int height) {

    public Region {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a region needs a positive size, not " + width + "x" + height);
        }
    }

    /** Reads {@code "x,y,width,height"}, e.g. {@code "100,80,640,480"}. */
    public static Region parse(String text) {
        String[] parts = text.trim().split("\\s*,\\s*");
        if (parts.length != 4) {
            throw new IllegalArgumentException("a region is written x,y,width,height, not '" + text + "'");
        }
        try {
            return new Region(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                    Integer.parseInt(parts[3]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a region is written x,y,width,height, not '" + text + "'", e);
        }
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    /** The part of this region that lies inside {@code other}, or null when they do not overlap. */
    public Region intersect(Region other) {
        int l = Math.max(x, other.x);
        int t = Math.max(y, other.y);
        int r = Math.min(right(), other.right());
        int b = Math.min(bottom(), other.bottom());
        return r > l && b > t ? new Region(l, t, r - l, b - t) : null;
    }

    public boolean contains(int px, int py) {
        return px >= x && px < right() && py >= y && py < bottom();
    }

    /** The pixels of {@code image} inside this region (clipped to the image); the whole image when they miss. */
    public RgbImage crop(RgbImage image) {
        Region r = intersect(new Region(0, 0, image.width(), image.height()));
        if (r == null) {
            return image;
        }
        return image.crop(r.x, r.y, r.width, r.height);
    }

    @Override
    public String toString() {
        return x + "," + y + "," + width + "," + height;
    }
}
