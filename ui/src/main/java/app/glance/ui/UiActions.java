package app.glance.ui;

import java.nio.file.Path;

/**
 * What the window's buttons and in-window shortcuts ask the application to do. The {@code app} module implements it.
 *
 * <p>Every method is called on the JavaFX application thread and must return at once: hand the work to the
 * capture, inference or speech thread and report back through {@link DescriptionViewModel}. Copying to the
 * clipboard, font size, theme and history browsing are done inside {@code ui} and never reach this interface.
 */
public interface UiActions {

    /** Capture and describe the whole screen (F5). */
    void describeScreen();

    /** Capture and describe the active window (F6). */
    void describeActiveWindow();

    /** Let the user choose a region, then describe it (F7). */
    void describeRegion();

    /** Describe a frame from the camera (F3). */
    void describeWebcam();

    /** Describe an image file the user picked or dropped on the window (Ctrl+O). */
    void describeImageFile(Path file);

    /** Give the detailed description of the last capture (F8). */
    void moreDetail();

    /** Read all the text found in the last capture aloud (F9). */
    void readAllText();

    /** Say the last description again (F4). */
    void repeatLast();

    /** Stop speaking at once (Escape). */
    void stopSpeech();

    /**
     * Say this text now, interrupting whatever is being said: a history entry the user chose to re-read, or, when
     * self-voicing is on, the name of the control that just got the focus. The default does nothing.
     */
    default void readAloud(String text) {
    }

    /** The current settings for the settings dialog; empty when the application has none to edit. */
    default java.util.Optional<SettingsForm> settings() {
        return java.util.Optional.empty();
    }

    /** The user saved the settings dialog: validate, save and say the result. The default does nothing. */
    default void saveSettings(SettingsForm form) {
    }

    /** Where the window was when it was last closed (x, y, width, height), to open it there again. */
    default java.util.Optional<double[]> savedWindowBounds() {
        return java.util.Optional.empty();
    }

    /** The window is closing at {@code bounds} (x, y, width, height); the application may remember them. */
    default void windowBoundsChanged(double[] bounds) {
    }

    /** The user closed the window; the application should shut down. The default does nothing. */
    default void windowClosed() {
    }
}
