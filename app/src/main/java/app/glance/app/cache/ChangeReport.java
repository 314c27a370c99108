package app.glance.app.cache;

import app.glance.app.capture.Region;
import app.glance.inference.TextLine;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The words of a "what changed" answer: where the change is and which text lines are new. */
public final class ChangeReport {

    public static final String NO_CHANGE = "No change.";

    private ChangeReport() {
    }

    /** Where a box lies in a frame, in words: "near the top left", "in the middle", "along the bottom". */
    public static String where(Region box, int width, int height) {
        if ((long) box.width() * box.height() > 0.6 * width * height) {
            return "across most of it";
        }
        double cx = (box.x() + box.width() / 2.0) / width;
        double cy = (box.y() + box.height() / 2.0) / height;
        String v = cy < 1 / 3.0 ? "top" : cy > 2 / 3.0 ? "bottom" : "middle";
        String h = cx < 1 / 3.0 ? "left" : cx > 2 / 3.0 ? "right" : "";
        if (box.width() > 0.8 * width && !v.equals("middle")) {
            return "along the " + v;
        }
        if (v.equals("middle")) {
            return h.isEmpty() ? "in the middle" : "on the " + h;
        }
        return "near the " + v + (h.isEmpty() ? "" : " " + h);
    }

    /**
     * The lines of {@code now} whose text was not among {@code before} (ignoring case and spacing), in order. A line
     * that is part of an old line is not new either: a window that now covers half of a button leaves OCR reading
     * "Activ" where "Active window" was.
     */
    public static List<TextLine> newLines(List<TextLine> before, List<TextLine> now) {
        Set<String> old = new HashSet<>();
        before.forEach(l -> old.add(normal(l.text())));
        Set<String> said = new HashSet<>();
        return now.stream().filter(l -> {
            String n = normal(l.text());
            return !n.isEmpty() && !old.contains(n) && old.stream().noneMatch(o -> o.contains(n)) && said.add(n);
        }).toList();
    }

    /** "Changed near the top right: " followed by the caption, with a lower-case first letter kept as is. */
    public static String lead(Region box, int width, int height, int areas) {
        String more = areas > 1 ? " (and " + (areas - 1) + " smaller change" + (areas > 2 ? "s" : "") + ")" : "";
        return "Changed " + where(box, width, height) + more + ": ";
    }

    /** "New text: Save changes?; Cancel." or "No new text." */
    public static String newText(List<TextLine> lines) {
        if (lines.isEmpty()) {
            return "No new text.";
        }
        StringBuilder s = new StringBuilder("New text: ");
        for (int i = 0; i < lines.size(); i++) {
            s.append(i == 0 ? "" : "; ").append(lines.get(i).text().strip());
        }
        return s.append('.').toString();
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
