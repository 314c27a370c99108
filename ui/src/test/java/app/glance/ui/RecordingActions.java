package app.glance.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link UiActions} that records which method was called, for the window tests. */
final class RecordingActions implements UiActions {

    final List<String> calls = new CopyOnWriteArrayList<>();

    @Override public void describeScreen() { calls.add("describeScreen"); }
    @Override public void describeActiveWindow() { calls.add("describeActiveWindow"); }
    @Override public void describeRegion() { calls.add("describeRegion"); }
    @Override public void describeWebcam() { calls.add("describeWebcam"); }
    @Override public void describeImageFile(Path file) { calls.add("describeImageFile " + file.getFileName()); }
    @Override public void moreDetail() { calls.add("moreDetail"); }
    @Override public void readAllText() { calls.add("readAllText"); }
    @Override public void repeatLast() { calls.add("repeatLast"); }
    @Override public void stopSpeech() { calls.add("stopSpeech"); }
    @Override public void readAloud(String text) { calls.add("readAloud " + text); }
    @Override public void windowClosed() { calls.add("windowClosed"); }
}
