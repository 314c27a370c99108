package app.glance.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The folders Glance writes to, and the libraries it points there. Glance writes only to its cache folder
 * ({@code $XDG_CACHE_HOME/glance}, {@code %LOCALAPPDATA%\Glance\cache}, {@code ~/Library/Caches/Glance}), its config
 * folder (see {@link Settings#defaultFile()}) and private temporary folders it deletes; without this, JNA would
 * unpack its native stub to {@code ~/.cache/JNA} and JavaCPP (the camera's FFmpeg) to {@code ~/.javacpp}.
 */
final class Folders {

    private Folders() {
    }

    /** {@code $XDG_CACHE_HOME/glance}, {@code %LOCALAPPDATA%\Glance\cache} or {@code ~/Library/Caches/Glance}. */
    static Path cache() {
        return place("XDG_CACHE_HOME", ".cache", "LOCALAPPDATA", "Glance/cache", "Library/Caches/Glance");
    }

    /** {@code $XDG_CONFIG_HOME/glance}, {@code %APPDATA%\Glance} or {@code ~/Library/Application Support/Glance}. */
    static Path config() {
        return place("XDG_CONFIG_HOME", ".config", "APPDATA", "Glance", "Library/Application Support/Glance");
    }

    /** {@code $XDG_DATA_HOME/glance}, {@code %APPDATA%\Glance} or {@code ~/Library/Application Support/Glance}. */
    static Path data() {
        return place("XDG_DATA_HOME", ".local/share", "APPDATA", "Glance", "Library/Application Support/Glance");
    }

    /** The XDG folder on Linux and BSD, the named Windows folder, the macOS folder under the home. */
    private static Path place(String xdgVariable, String xdgDefault, String windowsVariable, String windowsSub,
                              String macSub) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        if (os.contains("win") && System.getenv(windowsVariable) != null) {
            return Path.of(System.getenv(windowsVariable)).resolve(windowsSub);
        }
        if (os.contains("mac")) {
            return home.resolve(macSub);
        }
        String xdg = System.getenv(xdgVariable);
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(xdgDefault)).resolve("glance");
    }

    /** Points the libraries' caches into {@link #cache()}, unless already set. */
    static void confineLibraries() {
        setIfAbsent("jna.tmpdir", cache().resolve("jna").toString());
        setIfAbsent("org.bytedeco.javacpp.cachedir", cache().resolve("javacpp").toString());
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
