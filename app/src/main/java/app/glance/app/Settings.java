package app.glance.app;

import app.glance.app.capture.CaptureSettings;
import app.glance.app.capture.Exclusions;
import app.glance.app.capture.Region;
import app.glance.app.capture.ScreenSource;
import app.glance.app.capture.WebcamSource;
import app.glance.app.hotkeys.HotkeyAction;
import app.glance.app.hotkeys.HotkeyException;
import app.glance.app.hotkeys.Hotkeys;

import app.glance.inference.RuntimeOptions;
import app.glance.speech.SpeechSettings;
import app.glance.ui.SettingsForm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The desktop app's settings file, {@code desktop.json} in the OS config folder. Every key is optional:
 * <pre>
 * {"version": 1,
 *  "screen": "under-mouse",                        // or "all": every monitor as one picture
 *  "region": "100,80,640,480",                     // the saved region: x, y, width, height
 *  "voice": "kevin16", "rate": 180, "volume": 0.8, // speech: kevin16, espeak-ng[:voice], system or silent
 *  "keep_history": true,                            // save past descriptions (default: in memory only)
 *  "camera": "/dev/video1",                         // or "video=USB Camera" (Windows), "1" (macOS), a video file
 *  "exclusions": ["KeePassXC", "1Password", ...],   // replaces the default privacy list
 *  "hotkeys": {"describe-screen": "Ctrl+Alt+D", "repeat-last": ""},   // "" turns one off
 *  "providers": ["DirectML", "CPU"],                // execution providers to try in order (default: all, CPU last)
 *  "decoding": "beam",                              // or "greedy"; default: what the model package says
 *  "onnxruntime_native_path": "C:\\Glance\\directml"}  // a folder with another ONNX Runtime build (docs/directml.md)
 * </pre>
 * A file that cannot be used is moved aside as {@code desktop.json.bad}, the defaults are used, and
 * {@link #problem()} holds the one sentence to tell the user.
 */
record Settings(CaptureSettings capture, Hotkeys hotkeys, RuntimeOptions runtime, Optional<Path> ortNativePath,
                boolean keepHistory, SpeechSettings speech, Optional<String> problem) {

    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    static Settings defaults() {
        return new Settings(CaptureSettings.defaults(), Hotkeys.defaults(), RuntimeOptions.defaults(Glance.THREADS),
                Optional.empty(), false, SpeechSettings.defaults(), Optional.empty());
    }

    /** {@code desktop.json} in Glance's config folder ({@link Folders#config()}). */
    static Path defaultFile() {
        return Folders.config().resolve("desktop.json");
    }

    /** Reads {@code file}; never fails (see the class comment). */
    static Settings load(Path file, PrintStream err) {
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        try {
            return parse(JSON.readTree(file.toFile()));
        } catch (IOException | IllegalArgumentException | HotkeyException e) {
            Path bad = file.resolveSibling(file.getFileName() + ".bad");
            String why = e instanceof HotkeyException ? " " + e.getMessage() : "";
            try {
                Files.move(file, bad, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                bad = file;
            }
            String sentence = "Glance's settings could not be used, so the defaults apply; the file was kept as "
                    + bad.getFileName() + "." + why;
            err.println("glance: " + file + ": " + (e.getMessage() == null ? e : e.getMessage()));
            Settings d = defaults();
            return new Settings(d.capture(), d.hotkeys(), d.runtime(), d.ortNativePath(), false, d.speech(),
                    Optional.of(sentence));
        }
    }

    static Settings parse(JsonNode root) throws HotkeyException {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the settings are not a JSON object");
        }
        int version = root.path("version").asInt(VERSION);
        if (version != VERSION) {
            throw new IllegalArgumentException("settings version " + version + " is not one Glance knows");
        }
        CaptureSettings d = CaptureSettings.defaults();
        ScreenSource.Monitors monitors = switch (root.path("screen").asText("under-mouse")) {
            case "under-mouse" -> ScreenSource.Monitors.UNDER_MOUSE;
            case "all" -> ScreenSource.Monitors.ALL;
            default -> throw new IllegalArgumentException("\"screen\" must be \"under-mouse\" or \"all\"");
        };
        JsonNode r = root.path("region");
        Region region = r.isMissingNode() || r.isNull() || r.asText().isBlank() ? null : Region.parse(r.asText());
        Exclusions exclusions = d.exclusions();
        if (root.has("exclusions")) {
            if (!root.get("exclusions").isArray()) {
                throw new IllegalArgumentException("\"exclusions\" must be a list of window titles or classes");
            }
            List<String> patterns = new ArrayList<>();
            root.get("exclusions").forEach(p -> patterns.add(p.asText()));
            exclusions = new Exclusions(patterns);
        }
        Map<HotkeyAction, String> keys = new EnumMap<>(HotkeyAction.class);
        Iterator<Map.Entry<String, JsonNode>> it = root.path("hotkeys").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            keys.put(action(e.getKey()), e.getValue().asText(""));
        }
        RuntimeOptions runtime = RuntimeOptions.defaults(Glance.THREADS);
        if (root.has("providers")) {
            if (!root.get("providers").isArray()) {
                throw new IllegalArgumentException("\"providers\" must be a list such as [\"DirectML\", \"CPU\"]");
            }
            List<String> chain = new ArrayList<>();
            root.get("providers").forEach(p -> chain.add(p.asText()));
            runtime = runtime.withProviders(chain);
        }
        if (root.hasNonNull("decoding")) {
            runtime = runtime.withDecoding(root.get("decoding").asText());
        }
        JsonNode nativePath = root.path("onnxruntime_native_path");
        Optional<Path> ortNative = nativePath.isTextual() && !nativePath.asText().isBlank()
                ? Optional.of(Path.of(nativePath.asText())) : Optional.empty();
        if (ortNative.isPresent() && !Files.isDirectory(ortNative.get())) {
            throw new IllegalArgumentException("\"onnxruntime_native_path\" is not a folder: " + ortNative.get());
        }
        WebcamSource camera = root.hasNonNull("camera") && !root.get("camera").asText().isBlank()
                ? new WebcamSource(root.get("camera").asText(), 1280, 720) : d.camera();
        return new Settings(new CaptureSettings(monitors, region, exclusions, camera), Hotkeys.of(keys), runtime,
                ortNative, root.path("keep_history").asBoolean(false), speech(root), Optional.empty());
    }

    /** These settings as the dialog shows them. */
    SettingsForm form() {
        Map<String, String> keys = new LinkedHashMap<>();
        for (HotkeyAction a : HotkeyAction.values()) {
            keys.put(a.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    hotkeys.chordFor(a).map(Object::toString).orElse(""));
        }
        return new SettingsForm(speech.voice(), speech.rateWpm(), speech.volume(), keepHistory,
                capture.camera().device(), capture.exclusions().patterns(), runtime.decoding().orElse("greedy"),
                runtime.providers(), keys);
    }

    /**
     * Writes {@code form} into {@code file}, keeping every other key already there (the saved region, the native
     * library folder...). The result is checked as {@link #load} would read it first, and written to a temporary
     * file that is moved over the old one, so a bad form or a full disk never damages the settings. Returns the
     * new settings; throws with one sentence when the form is not valid.
     */
    static Settings save(Path file, SettingsForm form) throws IOException, HotkeyException {
        ObjectNode root = JSON.createObjectNode();
        if (Files.isRegularFile(file)) {
            try {
                JsonNode old = JSON.readTree(file.toFile());
                if (old != null && old.isObject()) {
                    root = (ObjectNode) old;
                }
            } catch (IOException e) {
                // a broken file is replaced by the form
            }
        }
        root.put("version", VERSION);
        root.put("voice", form.voice());
        root.put("rate", form.rate());
        root.put("volume", form.volume());
        root.put("keep_history", form.keepHistory());
        root.put("camera", form.camera());
        ArrayNode ex = root.putArray("exclusions");
        form.exclusions().forEach(ex::add);
        root.put("decoding", form.decoding());
        ArrayNode chain = root.putArray("providers");
        form.providers().forEach(chain::add);
        ObjectNode keys = root.putObject("hotkeys");
        form.hotkeys().forEach(keys::put);
        Settings parsed = parse(root); // throws before anything is written
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return parsed;
    }

    /** Voice, rate (words a minute) and volume (0 to 1); SpeechSettings says what is out of range. */
    private static SpeechSettings speech(JsonNode root) {
        SpeechSettings s = SpeechSettings.defaults();
        if (root.hasNonNull("voice")) {
            s = s.withVoice(root.get("voice").asText());
        }
        if (root.has("rate")) {
            if (!root.get("rate").isNumber()) {
                throw new IllegalArgumentException("\"rate\" must be a number of words a minute");
            }
            s = s.withRate(root.get("rate").asInt());
        }
        if (root.has("volume")) {
            if (!root.get("volume").isNumber()) {
                throw new IllegalArgumentException("\"volume\" must be a number from 0 to 1");
            }
            s = s.withVolume(root.get("volume").asDouble());
        }
        return s;
    }

    /** "describe-screen" -> DESCRIBE_SCREEN. */
    private static HotkeyAction action(String key) throws HotkeyException {
        try {
            return HotkeyAction.valueOf(key.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new HotkeyException("'" + key + "' is not a Glance action.");
        }
    }
}
