package app.glance.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Glance's settings in a dialog: voice, rate, volume, history, camera, privacy exclusions, decoding, execution
 * providers and every hotkey. Each control has a label and an accessible name, so the dialog is usable from the
 * keyboard and by a screen reader; Tab moves between them, Enter saves, Escape cancels.
 */
public final class SettingsDialog {

    private final Dialog<SettingsForm> dialog = new Dialog<>();
    private final ChoiceBox<String> voice = new ChoiceBox<>();
    private final Spinner<Integer> rate = new Spinner<>(80, 450, 180, 10);
    private final Slider volume = new Slider(0, 1, 0.8);
    private final CheckBox keepHistory = new CheckBox("Keep the history of descriptions on disk");
    private final TextField camera = new TextField();
    private final TextArea exclusions = new TextArea();
    private final ChoiceBox<String> decoding = new ChoiceBox<>();
    private final TextField providers = new TextField();
    private final Map<String, TextField> hotkeys = new LinkedHashMap<>();

    public SettingsDialog(SettingsForm current) {
        dialog.setTitle("Glance settings");
        dialog.setHeaderText("Changes are saved to Glance's settings file; the voice, hotkeys and providers apply "
                + "the next time Glance starts.");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        voice.getItems().setAll(SettingsForm.VOICES);
        if (!SettingsForm.VOICES.contains(current.voice())) {
            voice.getItems().add(current.voice());
        }
        voice.setValue(current.voice());
        rate.getValueFactory().setValue(current.rate());
        rate.setEditable(true);
        volume.setValue(current.volume());
        volume.setMajorTickUnit(0.25);
        volume.setShowTickLabels(true);
        keepHistory.setSelected(current.keepHistory());
        camera.setText(current.camera());
        exclusions.setText(String.join("\n", current.exclusions()));
        exclusions.setPrefRowCount(4);
        decoding.getItems().setAll("greedy", "beam");
        decoding.setValue(current.decoding());
        providers.setText(String.join(", ", current.providers()));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        int row = 0;
        row = add(grid, row, "Voice", voice);
        row = add(grid, row, "Speaking rate (words a minute)", rate);
        row = add(grid, row, "Volume", volume);
        grid.add(keepHistory, 1, row++);
        keepHistory.setAccessibleText("Keep the history of descriptions on disk");
        row = add(grid, row, "Camera (device or video file)", camera);
        row = add(grid, row, "Never capture windows named (one per line)", exclusions);
        row = add(grid, row, "Decoding", decoding);
        row = add(grid, row, "Execution providers, in order", providers);
        for (Map.Entry<String, String> e : current.hotkeys().entrySet()) {
            TextField f = new TextField(e.getValue());
            f.setId("hotkey-" + e.getKey());
            hotkeys.put(e.getKey(), f);
            row = add(grid, row, "Hotkey: " + e.getKey().replace('-', ' '), f);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setPrefWidth(760);
        dialog.setResultConverter(button -> button == ButtonType.OK ? form() : null);
    }

    private static int add(GridPane grid, int row, String label, Control control) {
        Label l = new Label(label);
        l.setLabelFor(control);
        l.setWrapText(true);
        control.setAccessibleText(label);
        if (control instanceof Spinner<?> spinner) { // its text field is what gets the focus
            spinner.getEditor().setAccessibleText(label);
        }
        grid.add(l, 0, row);
        grid.add(control, 1, row);
        return row + 1;
    }

    /** What the dialog holds now. */
    SettingsForm form() {
        Map<String, String> keys = new LinkedHashMap<>();
        hotkeys.forEach((k, f) -> keys.put(k, f.getText().strip()));
        List<String> excluded = Arrays.stream(exclusions.getText().split("\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        List<String> chain = Arrays.stream(providers.getText().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return new SettingsForm(voice.getValue(), rate.getValue(), Math.round(volume.getValue() * 100) / 100.0,
                keepHistory.isSelected(), camera.getText().strip(), excluded, decoding.getValue(), chain, keys);
    }

    Dialog<SettingsForm> dialog() {
        return dialog;
    }

    /** Shows the dialog over {@code owner} and waits; the edited form, or empty when cancelled. FX thread. */
    public Optional<SettingsForm> showAndWait(Window owner) {
        dialog.initOwner(owner);
        return dialog.showAndWait();
    }
}
