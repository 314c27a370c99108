package app.glance.ui;

import app.glance.inference.CaptionException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns failures into the short sentences the user sees and hears. Only {@code ui} and {@code app} speak to people. */
final class Sentences {

    static final String STOPPED = "Stopped.";

    private Sentences() {
    }

    /** The failure under any {@link CompletionException} or {@link ExecutionException} wrappers. */
    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    static boolean isCancellation(Throwable failure) {
        return unwrap(failure) instanceof CancellationException;
    }

    /** One short, speakable sentence for a failure; never a stack trace or a class name. */
    static String forFailure(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof CancellationException) {
            return STOPPED;
        }
        if (t instanceof CaptionException e) {
            return switch (e.reason()) {
                case MODEL_MISSING -> "No description model is installed, so I cannot describe images yet.";
                case MODEL_INCOMPATIBLE -> "The description model is for another version of Glance.";
                case IMAGE_INVALID -> "That image could not be read.";
                case RUNTIME_FAILURE -> "Describing failed. Please try again.";
            };
        }
        return "Something went wrong. Please try again.";
    }
}
