package app.glance.app;

import app.glance.app.capture.Region;
import app.glance.app.capture.ScreenSource;
import app.glance.app.capture.WindowInfo;
import app.glance.app.hotkeys.Chord;
import app.glance.app.hotkeys.HotkeyAction;
import app.glance.inference.RuntimeOptions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Settings load(Path file) {
        return Settings.load(file, new PrintStream(err, true));
    }

    @Test
    void noFileMeansDefaults(@TempDir Path dir) {
        Settings s = load(dir.resolve("desktop.json"));
        assertThat(s.problem()).isEmpty();
        assertThat(s.capture().region()).isNull();
        assertThat(s.capture().monitors()).isEqualTo(ScreenSource.Monitors.UNDER_MOUSE);
        assertThat(s.hotkeys().chordFor(HotkeyAction.DESCRIBE_SCREEN)).contains(Chord.parse("Ctrl+Alt+D"));
    }

    @Test
    void everyKeyIsRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("desktop.json");
        Files.writeString(file, """
                {"version": 1, "screen": "all", "region": "100,80,640,480",
                 "exclusions": ["My Bank"],
                 "hotkeys": {"describe-screen": "Ctrl+Shift+F12", "show-hide": ""}}
                """);
        Settings s = load(file);
        assertThat(s.problem()).isEmpty();
        assertThat(s.capture().monitors()).isEqualTo(ScreenSource.Monitors.ALL);
        assertThat(s.capture().region()).isEqualTo(new Region(100, 80, 640, 480));
        assertThat(s.capture().exclusions().match(new WindowInfo("1", "my bank - Firefox", "", new Region(0, 0, 1, 1))))
                .isPresent();
        assertThat(s.hotkeys().chordFor(HotkeyAction.DESCRIBE_SCREEN)).contains(Chord.parse("Ctrl+Shift+F12"));
        assertThat(s.hotkeys().chordFor(HotkeyAction.SHOW_HIDE)).isEmpty();
        assertThat(s.runtime()).isEqualTo(RuntimeOptions.defaults(Glance.THREADS));
        assertThat(s.ortNativePath()).isEmpty();
    }

    @Test
    void providersDecodingAndNativePathAreRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("desktop.json");
        Files.writeString(file, "{\"providers\": [\"directml\", \"CPU\"], \"decoding\": \"beam\", "
                + "\"onnxruntime_native_path\": \"" + dir + "\"}");
        Settings s = load(file);
        assertThat(s.problem()).isEmpty();
        assertThat(s.runtime().providers()).containsExactly("directml", "CPU");
        assertThat(s.runtime().decoding()).contains("beam");
        assertThat(s.ortNativePath()).contains(dir);
    }

    @Test
    void theDialogsFormIsSavedKeepingOtherKeys(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("desktop.json");
        Files.writeString(file, "{\"version\": 1, \"region\": \"10,20,300,200\", \"screen\": \"all\"}");
        app.glance.ui.SettingsForm form = load(file).form();
        java.util.Map<String, String> keys = new java.util.LinkedHashMap<>(form.hotkeys());
        keys.put("describe-screen", "Ctrl+Shift+F12");
        app.glance.ui.SettingsForm edited = new app.glance.ui.SettingsForm("silent", 240, 0.6, true, "/dev/video2",
                java.util.List.of("My Bank"), "beam", java.util.List.of("CPU"), keys);
        Settings.save(file, edited);
        Settings s = load(file);
        assertThat(s.problem()).isEmpty();
        assertThat(s.form()).isEqualTo(edited);
        assertThat(s.capture().region()).isEqualTo(new Region(10, 20, 300, 200));
        assertThat(s.capture().monitors()).isEqualTo(ScreenSource.Monitors.ALL);
        assertThat(dir.resolve("desktop.json.tmp")).doesNotExist();
    }

    @Test
    void anInvalidFormIsRefusedAndTheFileIsLeftAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("desktop.json");
        Files.writeString(file, "{\"version\": 1, \"voice\": \"silent\"}");
        String before = Files.readString(file);
        app.glance.ui.SettingsForm form = load(file).form();
        java.util.Map<String, String> keys = new java.util.LinkedHashMap<>(form.hotkeys());
        keys.put("read-text", keys.get("describe-screen")); // one chord for two actions
        app.glance.ui.SettingsForm clash = new app.glance.ui.SettingsForm(form.voice(), form.rate(), form.volume(),
                form.keepHistory(), form.camera(), form.exclusions(), form.decoding(), form.providers(), keys);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Settings.save(file, clash))
                .isInstanceOf(app.glance.app.hotkeys.HotkeyException.class);
        app.glance.ui.SettingsForm slow = new app.glance.ui.SettingsForm(form.voice(), 5, form.volume(),
                form.keepHistory(), form.camera(), form.exclusions(), form.decoding(), form.providers(),
                form.hotkeys());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Settings.save(file, slow))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rate");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void anUnwritableSettingsFolderLeavesEverythingAsItWas(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("glance"), "a file where the folder should be");
        Path file = notAFolder.resolve("desktop.json");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Settings.save(file, Settings.defaults().form()))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(notAFolder)).isEqualTo("a file where the folder should be");
        assertThat(load(file).problem()).isEmpty(); // nothing there to read: the defaults, no complaint
    }

    @Test
    void voiceRateVolumeAndHistoryAreRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("desktop.json");
        Files.writeString(file, "{\"voice\": \"silent\", \"rate\": 220, \"volume\": 0.5, \"keep_history\": true}");
        Settings s = load(file);
        assertThat(s.problem()).isEmpty();
        assertThat(s.speech().voice()).isEqualTo("silent");
        assertThat(s.speech().rateWpm()).isEqualTo(220);
        assertThat(s.speech().volume()).isEqualTo(0.5);
        assertThat(s.keepHistory()).isTrue();
        assertThat(Settings.defaults().keepHistory()).isFalse();
    }

    @Test
    void aBadVoiceRateOrVolumeMeansDefaults(@TempDir Path dir) throws IOException {
        for (String text : new String[] {"{\"voice\": \"hal9000\"}", "{\"rate\": 5000}", "{\"rate\": \"fast\"}",
                "{\"volume\": 3}"}) {
            Path file = dir.resolve("desktop.json");
            Files.writeString(file, text);
            Settings s = load(file);
            assertThat(s.problem()).as(text).isPresent();
            assertThat(s.speech()).as(text).isEqualTo(app.glance.speech.SpeechSettings.defaults());
        }
    }

    @Test
    void anUnknownProviderOrDecodingOrMissingNativeFolderMeansDefaults(@TempDir Path dir) throws IOException {
        for (String text : new String[] {"{\"providers\": [\"TPU\"]}", "{\"providers\": []}",
                "{\"providers\": \"CPU\"}", "{\"decoding\": \"sampling\"}",
                "{\"onnxruntime_native_path\": \"/no/such/folder\"}"}) {
            Path file = dir.resolve("desktop.json");
            Files.writeString(file, text);
            Settings s = load(file);
            assertThat(s.problem()).as(text).isPresent();
            assertThat(s.runtime()).as(text).isEqualTo(RuntimeOptions.defaults(Glance.THREADS));
            assertThat(dir.resolve("desktop.json.bad")).as(text).exists();
        }
    }

    @Test
    void aConflictKeepsTheFileAsideAndSaysSoOnce(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("desktop.json");
        Files.writeString(file, "{\"hotkeys\": {\"read-text\": \"Ctrl+Alt+D\"}}");
        Settings s = load(file);
        assertThat(s.problem()).get().asString().contains("desktop.json.bad").contains("Ctrl+Alt+D is set for both");
        assertThat(dir.resolve("desktop.json.bad")).exists();
        assertThat(file).doesNotExist();
        assertThat(s.hotkeys().chordFor(HotkeyAction.READ_TEXT)).contains(Chord.parse("Ctrl+Alt+X"));
    }

    /**
     * A bad file that cannot even be moved aside (here a folder with a file in it already holds the name
     * {@code desktop.json.bad}, which stops the move even for root) is left exactly as it was, the defaults apply
     * and the sentence names the file that was kept.
     */
    @Test
    void aBadFileThatCannotBeMovedAsideIsLeftAsItWas(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("desktop.json");
        Files.writeString(file, "{not json");
        Path blocker = Files.createDirectories(dir.resolve("desktop.json.bad"));
        Files.writeString(blocker.resolve("keep.txt"), "in the way");
        Settings s = load(file);
        assertThat(s.problem()).get().asString().contains("kept as desktop.json.").doesNotContain(".bad");
        assertThat(file).hasContent("{not json");
        assertThat(blocker.resolve("keep.txt")).hasContent("in the way");
        assertThat(s.runtime()).isEqualTo(RuntimeOptions.defaults(Glance.THREADS));
    }

    @Test
    void brokenJsonOrAnUnknownVersionMeansDefaults(@TempDir Path dir) throws IOException {
        for (String text : new String[] {"{not json", "{\"version\": 9}", "{\"region\": \"1,2,3\"}", "[1]", "",
                "  \n"}) {
            Path file = dir.resolve("desktop.json");
            Files.writeString(file, text);
            Settings s = load(file);
            assertThat(s.problem()).as(text).isPresent();
            assertThat(s.capture().region()).isNull();
        }
    }
}
