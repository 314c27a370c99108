package app.glance.app;

import app.glance.speech.Earcon;
import app.glance.speech.Priority;
import app.glance.speech.Speaker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A speaker that writes down what it was asked to say. */
final class RecordingSpeaker implements Speaker {

    record Said(String text, Priority priority) {
    }

    final List<Said> said = new ArrayList<>();

    List<String> said(Priority priority) {
        return said.stream().filter(s -> s.priority() == priority).map(Said::text).toList();
    }

    @Override
    public void speak(String text, Priority priority) {
        said.add(new Said(text, priority));
    }

    /** What replaced the rest of the text spoken before it, in order. */
    final List<String> replaced = new ArrayList<>();

    @Override
    public void replaceQueued(String text) {
        replaced.add(text);
    }

    @Override
    public void stop() {
    }

    @Override
    public void pause() {
    }

    @Override
    public void resume() {
    }

    @Override
    public void repeatLast() {
    }

    final List<Earcon> earcons = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void play(Earcon earcon) {
        earcons.add(earcon);
    }

    @Override
    public boolean audioAvailable() {
        return false;
    }

    @Override
    public String engineName() {
        return "test";
    }

    @Override
    public void writeWav(String text, Path wav) {
        throw new UnsupportedOperationException("no WAV in this test");
    }

    @Override
    public boolean awaitIdle(Duration timeout) {
        return true;
    }

    @Override
    public void close() {
    }
}
