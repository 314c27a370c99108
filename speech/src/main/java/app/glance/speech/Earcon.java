package app.glance.speech;

/** Short generated sounds (no files) that tell the user something without words. */
public enum Earcon {
    /** Soft double blip: a description is taking a while. */
    WORKING,
    /** Low falling tone: something went wrong. */
    ERROR
}
