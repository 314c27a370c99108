package app.glance.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the settings dialog edits, as plain values; the application validates and saves them (and says what is
 * wrong in one sentence). {@code hotkeys} maps each action's name (e.g. "describe-screen") to its chord ("" = off).
 */
public record SettingsForm(String voice, int rate, double volume, boolean keepHistory, String camera,
                           List<String> exclusions, String decoding, List<String> providers,
                           Map<String, String> hotkeys) {

    public SettingsForm {
        exclusions = List.copyOf(exclusions);
        providers = List.copyOf(providers);
        hotkeys = new LinkedHashMap<>(hotkeys);
    }

    /** The voices offered in the dialog. */
    public static final List<String> VOICES = List.of("kevin16", "espeak-ng", "system", "silent");
}
