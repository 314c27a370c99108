package app.glance.inference;

/**
 * Milliseconds spent in each stage of one description; a stage that did not run is 0. {@code serMs} is the
 * SeR-Connector (and the embedding of the initial caption it reads), {@code pass2Ms} the second decode alone.
 */
public record Timings(long preprocessMs, long visionMs, long pass1Ms, long pass2Ms, long ocrMs, long totalMs,
                      long serMs) {

    /** Timings without a separate SeR figure. */
    public Timings(long preprocessMs, long visionMs, long pass1Ms, long pass2Ms, long ocrMs, long totalMs) {
        this(preprocessMs, visionMs, pass1Ms, pass2Ms, ocrMs, totalMs, 0);
    }
}
