package app.glance.ui;

import app.glance.inference.RgbImage;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Glance's RGB pictures as JavaFX images. */
final class FxImages {

    private FxImages() {
    }

    static WritableImage of(RgbImage image) {
        WritableImage out = new WritableImage(image.width(), image.height());
        int[] argb = image.rgb().clone();
        for (int i = 0; i < argb.length; i++) {
            argb[i] |= 0xFF000000;
        }
        out.getPixelWriter().setPixels(0, 0, image.width(), image.height(), PixelFormat.getIntArgbInstance(), argb,
                0, image.width());
        return out;
    }
}
