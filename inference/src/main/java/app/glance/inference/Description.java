package app.glance.inference;

import java.util.List;

/**
 * What Glance says about one image: the fast initial caption (pass 1), the refined caption (pass 2),
 * the on-screen text lines in reading order, and how long each stage took.
 */
public record Description(String modelId, String initial, String refined, List<TextLine> text, Timings timings,
                          String provider) {

    public Description {
        text = List.copyOf(text);
    }

    /** The best sentence available: the refined caption when there is one, else the initial one. */
    public String best() {
        return refined == null || refined.isBlank() ? initial : refined;
    }
}
