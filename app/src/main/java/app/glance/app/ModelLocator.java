package app.glance.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the model package to use: an explicit folder, else the bundled default under {@code <home>/assets/models}
 * (the folder named in {@code assets/models/DEFAULT}, else the only package there).
 */
final class ModelLocator {

    private ModelLocator() {
    }

    static Path home() {
        String h = System.getProperty("glance.home");
        return Path.of(h == null ? "." : h).toAbsolutePath().normalize();
    }

    static Optional<Path> find(Path explicit) {
        if (explicit != null) {
            return Optional.of(explicit);
        }
        Path models = home().resolve("assets").resolve("models");
        Path named = models.resolve("DEFAULT");
        try {
            if (Files.isRegularFile(named)) {
                return Optional.of(models.resolve(Files.readString(named).trim()));
            }
            if (!Files.isDirectory(models)) {
                return Optional.empty();
            }
            try (Stream<Path> s = Files.list(models)) {
                List<Path> found = s.filter(p -> Files.isRegularFile(p.resolve("manifest.json"))).sorted().toList();
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
