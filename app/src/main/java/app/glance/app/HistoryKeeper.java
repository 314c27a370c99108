package app.glance.app;

import app.glance.ui.DescriptionViewModel;
import app.glance.ui.HistoryEntry;
import javafx.collections.ListChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Keeps the window's history in a {@link HistoryFile} when the user asked for it: restores it at start, saves it on
 * {@code io} after every change (only the newest state waits; older pending ones are dropped), and when saving fails
 * (a full disk, a read-only folder) says so once, keeping what was saved before.
 */
final class HistoryKeeper {

    static final String CANNOT_SAVE = "Glance could not save its history, so this session's descriptions are kept "
            + "in memory only; what was saved before is kept.";
    private static final Logger LOG = LoggerFactory.getLogger(HistoryKeeper.class);

    private final HistoryFile file;
    private final Executor io;
    private final Consumer<String> tell;
    private final AtomicReference<List<HistoryEntry>> pending = new AtomicReference<>();
    private final AtomicBoolean told = new AtomicBoolean();

    HistoryKeeper(HistoryFile file, Executor io, Consumer<String> tell) {
        this.file = file;
        this.io = io;
        this.tell = tell;
    }

    /** Restores the saved history into {@code view} and saves every later change. */
    void attach(DescriptionViewModel view) {
        try {
            view.restoreHistory(file.load());
        } catch (IOException e) {
            LOG.warn("history file {} could not be read: {}", file.path(), e.toString());
            tell.accept("Glance could not read its saved history; it starts a new one.");
        }
        view.history().addListener((ListChangeListener<HistoryEntry>) change -> save(List.copyOf(view.history())));
    }

    void save(List<HistoryEntry> entries) {
        if (pending.getAndSet(entries) != null) {
            return; // a save is already queued: it will write this newest state
        }
        io.execute(() -> {
            List<HistoryEntry> latest = pending.getAndSet(null);
            if (latest == null) {
                return;
            }
            try {
                file.save(latest);
            } catch (IOException | RuntimeException e) {
                LOG.warn("history not saved to {}: {}", file.path(), e.toString());
                if (!told.getAndSet(true)) {
                    tell.accept(CANNOT_SAVE);
                }
            }
        });
    }
}
