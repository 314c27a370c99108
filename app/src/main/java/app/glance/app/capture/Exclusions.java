package app.glance.app.capture;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Windows Glance never captures, for privacy: each pattern is matched, ignoring case, as a substring of the
 * window's title or class. The defaults cover common password managers.
 */
public record Exclusions(List<String> patterns) {

    /** KeePassXC, KeePass, 1Password, Bitwarden, plus a few more password managers. */
    public static final List<String> DEFAULTS = List.of("KeePassXC", "KeePass", "1Password", "Bitwarden",
            "LastPass", "Dashlane", "Enpass", "Proton Pass", "Password Safe", "Seahorse");

    public Exclusions {
        patterns = patterns.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    public static Exclusions defaults() {
        return new Exclusions(DEFAULTS);
    }

    /** The pattern that excludes this window, if any. */
    public Optional<String> match(WindowInfo window) {
        String title = window.title().toLowerCase(Locale.ROOT);
        String cls = window.windowClass().toLowerCase(Locale.ROOT);
        for (String p : patterns) {
            String q = p.toLowerCase(Locale.ROOT);
            if (title.contains(q) || cls.contains(q)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
