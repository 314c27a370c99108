package app.glance.ui;

import app.glance.inference.RgbImage;
import app.glance.inference.TextLine;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One past description as the user saw it: when it was asked for, what was described ("Screen", "Active window"),
 * the initial and refined captions (either may be empty), the on-screen text lines and a small picture of what was
 * captured (null when there is none).
 */
public record HistoryEntry(Instant time, String what, String initial, String refined, List<TextLine> text,
                           RgbImage thumbnail) {

    /** An entry without a picture (restored from the history file, or nothing was captured). */
    public HistoryEntry(Instant time, String what, String initial, String refined, List<TextLine> text) {
        this(time, what, initial, refined, text, null);
    }

    public HistoryEntry {
        Objects.requireNonNull(time, "time");
        what = what == null ? "" : what;
        initial = initial == null ? "" : initial;
        refined = refined == null ? "" : refined;
        text = List.copyOf(text);
    }

    /** The best sentence available: the refined caption when there is one, else the initial one. */
    public String best() {
        return refined.isBlank() ? initial : refined;
    }

    /** True once the refined caption has arrived. */
    public boolean isRefined() {
        return !refined.isBlank();
    }

    /** The text lines joined by newlines, in reading order. */
    public String textAsString() {
        StringBuilder out = new StringBuilder();
        for (TextLine line : text) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.text());
        }
        return out.toString();
    }

    /** "Describing the active window" becomes "Active window", the short name shown in the history. */
    static String whatOf(String working) {
        if (working == null || working.isBlank()) {
            return "Description";
        }
        String s = working.strip();
        if (s.regionMatches(true, 0, "Describing ", 0, 11)) {
            s = s.substring(11).replaceFirst("(?i)^(the|an|a) ", "");
        }
        return s.isEmpty() ? "Description" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    HistoryEntry withInitial(String value) {
        return new HistoryEntry(time, what, value, refined, text, thumbnail);
    }

    HistoryEntry withRefined(String value) {
        return new HistoryEntry(time, what, initial, value, text, thumbnail);
    }

    HistoryEntry withText(List<TextLine> value) {
        return new HistoryEntry(time, what, initial, refined, value, thumbnail);
    }

    HistoryEntry withThumbnail(RgbImage value) {
        return new HistoryEntry(time, what, initial, refined, text, value);
    }
}
