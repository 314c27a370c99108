package app.glance.app.cache;

import app.glance.app.capture.Region;

/** What differs between two captures of the same target. */
public sealed interface Change {

    /** Nothing a person would notice (a blinking cursor, a clock tick). */
    record None() implements Change {
    }

    /** The size changed (a resized window), so the two cannot be compared cell by cell. */
    record Resized() implements Change {
    }

    /**
     * Something changed: {@code box} bounds the largest changed area (image pixels, padded by a cell),
     * {@code areas} counts separate changed areas, {@code fraction} is the share of the frame that changed.
     */
    record Changed(Region box, int areas, double fraction) implements Change {
    }
}
