package app.glance.inference;

/** One line of on-screen text found by OCR, with its box in image pixels and a confidence in [0, 1]. */
public record TextLine(String text, float confidence, int x, int y, int width, int height) {
}
