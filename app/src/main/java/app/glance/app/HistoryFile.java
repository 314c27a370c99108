package app.glance.app;

import app.glance.inference.TextLine;
import app.glance.ui.HistoryEntry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The opt-in history file ({@code "keep_history": true} in desktop.json): one JSON object per line, newest first,
 * at most {@link #MAX} entries, in the OS data folder. It is written whole to a temporary file beside it and moved
 * over the old one, so a full disk or a crash while saving never damages what was saved before. Lines that cannot be
 * read are skipped, not fatal.
 */
final class HistoryFile {

    static final int MAX = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Opens the temporary file for writing; tests pass one that fails like a full disk. */
    @FunctionalInterface
    interface Opener {
        OutputStream open(Path file) throws IOException;
    }

    private final Path file;
    private final Opener opener;

    HistoryFile(Path file) {
        this(file, f -> Files.newOutputStream(f));
    }

    HistoryFile(Path file, Opener opener) {
        this.file = file;
        this.opener = opener;
    }

    /** {@code history.jsonl} in Glance's data folder ({@link Folders#data()}). */
    static Path defaultFile() {
        return Folders.data().resolve("history.jsonl");
    }

    Path path() {
        return file;
    }

    /** The saved entries, newest first; empty when there is no file; unreadable lines are skipped. */
    List<HistoryEntry> load() throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<HistoryEntry> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || out.size() >= MAX) {
                continue;
            }
            try {
                out.add(fromJson(JSON.readTree(line)));
            } catch (IOException | RuntimeException e) {
                // one damaged line does not lose the others
            }
        }
        return out;
    }

    /** Replaces the file with {@code entries} (newest first, at most {@link #MAX}); the old file survives a failure. */
    void save(List<HistoryEntry> entries) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (OutputStream out = opener.open(tmp)) {
                for (HistoryEntry e : entries.subList(0, Math.min(MAX, entries.size()))) {
                    out.write((JSON.writeValueAsString(toJson(e)) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static ObjectNode toJson(HistoryEntry e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("time", e.time().toString());
        o.put("what", e.what());
        o.put("initial", e.initial());
        o.put("refined", e.refined());
        ArrayNode lines = o.putArray("text");
        for (TextLine l : e.text()) {
            ObjectNode n = lines.addObject();
            n.put("text", l.text());
            n.put("confidence", l.confidence());
            n.putArray("box").add(l.x()).add(l.y()).add(l.width()).add(l.height());
        }
        return o;
    }

    static HistoryEntry fromJson(JsonNode o) {
        List<TextLine> lines = new ArrayList<>();
        for (JsonNode n : o.path("text")) {
            JsonNode b = n.path("box");
            lines.add(new TextLine(n.path("text").asText(), (float) n.path("confidence").asDouble(),
                    b.path(0).asInt(), b.path(1).asInt(), b.path(2).asInt(), b.path(3).asInt()));
        }
        return new HistoryEntry(Instant.parse(o.path("time").asText()), o.path("what").asText(),
                o.path("initial").asText(), o.path("refined").asText(), lines);
    }
}
