package app.glance.inference;

import java.util.concurrent.atomic.AtomicBoolean;

/** A cancel flag that the decode loop checks at every step. Cancellation is not an error. */
public final class Cancellation {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** A token that is never cancelled. */
    public static Cancellation none() {
        return new Cancellation();
    }
}
