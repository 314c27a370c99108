package app.glance.app.capture;

/**
 * Somewhere a frame can be taken from: the screen, the active window, a saved region, a file, the clipboard.
 * Implementations are called on the inference thread, may block briefly (a screen grab, a helper process), and
 * must not keep the pixels they return.
 */
@FunctionalInterface
public interface FrameSource {

    /** Takes a frame now, or says in one sentence why it cannot. */
    Frame capture() throws CaptureException;
}
