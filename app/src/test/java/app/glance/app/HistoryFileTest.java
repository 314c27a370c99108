package app.glance.app;

import app.glance.inference.Description;
import app.glance.inference.TextLine;
import app.glance.inference.Timings;
import app.glance.ui.DescriptionViewModel;
import app.glance.ui.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryFileTest {

    static HistoryEntry entry(int i) {
        return new HistoryEntry(Instant.parse("2026-11-28T09:00:00Z").plusSeconds(i), "Screen", "A dialog " + i + ".",
                "An error dialog titled \"Printer\" " + i + ".", List.of(new TextLine("Printer", 0.9f, 1, 2, 30, 12)));
    }

    /** Fails like a full disk after {@code bytes} bytes. */
    static HistoryFile.Opener diskFullAfter(int bytes) {
        return file -> new FilterOutputStream(Files.newOutputStream(file)) {
            int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > bytes) {
                    throw new IOException("No space left on device");
                }
                super.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = 0; i < len; i++) {
                    write(b[off + i]);
                }
            }
        };
    }

    @Test
    void savedHistoryComesBackNewestFirst(@TempDir Path dir) throws IOException {
        HistoryFile f = new HistoryFile(dir.resolve("glance/history.jsonl"));
        List<HistoryEntry> entries = List.of(entry(3), entry(2), entry(1));
        f.save(entries);
        assertThat(f.load()).isEqualTo(entries);
    }

    @Test
    void aFullDiskNeverDamagesWhatWasSavedBefore(@TempDir Path dir) throws IOException {
        Path path = dir.resolve("history.jsonl");
        new HistoryFile(path).save(List.of(entry(1)));
        byte[] before = Files.readAllBytes(path);
        HistoryFile full = new HistoryFile(path, diskFullAfter(100));
        assertThatThrownBy(() -> full.save(List.of(entry(3), entry(2), entry(1))))
                .isInstanceOf(IOException.class).hasMessageContaining("No space left");
        assertThat(Files.readAllBytes(path)).isEqualTo(before);
        assertThat(dir.resolve("history.jsonl.tmp")).doesNotExist();
        assertThat(new HistoryFile(path).load()).containsExactly(entry(1));
    }

    @Test
    void aDamagedLineLosesOnlyThatLine(@TempDir Path dir) throws IOException {
        Path path = dir.resolve("history.jsonl");
        new HistoryFile(path).save(List.of(entry(2), entry(1)));
        List<String> lines = new ArrayList<>(Files.readAllLines(path));
        lines.add(1, "{\"time\": \"yesterday\"");
        Files.write(path, lines);
        assertThat(new HistoryFile(path).load()).containsExactly(entry(2), entry(1));
    }

    @Test
    void theKeeperRestoresSavesAndSaysOnceWhenItCannotSave(@TempDir Path dir) throws IOException {
        Path path = dir.resolve("history.jsonl");
        new HistoryFile(path).save(List.of(entry(1)));
        List<String> told = new ArrayList<>();
        DescriptionViewModel view = new DescriptionViewModel(Runnable::run);
        new HistoryKeeper(new HistoryFile(path), Runnable::run, told::add).attach(view);
        assertThat(view.history()).containsExactly(entry(1));

        view.showWorking("Describing the screen");
        view.showDescription(new Description("m", "A window.", "A settings window.", List.of(),
                new Timings(0, 0, 0, 0, 0, 0), "CPU"));
        List<HistoryEntry> saved = new HistoryFile(path).load();
        assertThat(saved).hasSize(2);
        assertThat(saved.get(0).refined()).isEqualTo("A settings window.");
        assertThat(told).isEmpty();

        DescriptionViewModel view2 = new DescriptionViewModel(Runnable::run);
        new HistoryKeeper(new HistoryFile(path, diskFullAfter(10)), Runnable::run, told::add).attach(view2);
        view2.showWorking("Describing the screen");
        view2.showInitial("A dialog.");
        view2.showRefined("A dialog titled \"Backup\".");
        assertThat(told).containsExactly(HistoryKeeper.CANNOT_SAVE);
        assertThat(new HistoryFile(path).load()).isEqualTo(saved);
    }
}
