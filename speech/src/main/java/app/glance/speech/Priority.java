package app.glance.speech;

/** How a piece of speech is ordered against what is already queued (NVDA style). */
public enum Priority {
    /** Queued after everything already waiting. */
    NORMAL,
    /** Spoken before queued {@link #NORMAL} speech, after the current sentence; nothing is interrupted. */
    NEXT,
    /** Interrupts what is playing and clears the queue, then is spoken at once. */
    NOW
}
