package app.glance.inference;

/** Milliseconds spent in each stage of one description; a stage that did not run is 0. */
public record Timings(long preprocessMs, long visionMs, long pass1Ms, long pass2Ms, long ocrMs, long totalMs) {
}
