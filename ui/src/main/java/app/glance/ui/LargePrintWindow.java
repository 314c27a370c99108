package app.glance.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The large-print window's scene: a status line, the description in very large text (the initial caption greyed
 * until the refined one replaces it, then kept below as a smaller "first look"), the on-screen text, the history,
 * the keys, and a button for every action. Everything is reachable from the keyboard; see {@link Shortcut}.
 * Build and use it on the JavaFX application thread.
 */
public final class LargePrintWindow {

    static final String NOTHING_YET = "Nothing described yet. Press F5 to describe the screen.";
    private static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final List<Shortcut> BUTTONS = List.of(Shortcut.DESCRIBE_SCREEN, Shortcut.DESCRIBE_WINDOW,
            Shortcut.DESCRIBE_REGION, Shortcut.DESCRIBE_CAMERA, Shortcut.OPEN_IMAGE, Shortcut.MORE_DETAIL,
            Shortcut.READ_TEXT, Shortcut.REPEAT,
            Shortcut.STOP, Shortcut.COPY, Shortcut.BIGGER, Shortcut.SMALLER, Shortcut.THEME, Shortcut.SETTINGS,
            Shortcut.HELP);

    private final DescriptionViewModel vm;
    private final UiActions actions;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final TextArea caption = readOnlyArea("caption", "Description");
    private final TextArea screenText = readOnlyArea("screenText", "Text found on screen");
    private final TextArea help = readOnlyArea("help", "Keys");
    private final ListView<HistoryEntry> history;
    private final Node buttonBar;
    private final Scene scene;
    private Function<Window, Optional<Path>> imageChooser = LargePrintWindow::chooseImage;
    private Function<Window, Optional<Path>> saveChooser = LargePrintWindow::chooseSaveFile;
    private Runnable onQuit = () -> { };

    public LargePrintWindow(DescriptionViewModel viewModel, UiActions actions) {
        this.vm = viewModel;
        this.actions = actions;
        this.history = HistoryList.create(viewModel, this::replay);
        root.setTop(statusLine());
        root.setCenter(tabs());
        buttonBar = buttons();
        root.setBottom(buttonBar);
        root.getStyleClass().add("glance");
        root.styleProperty().bind(Bindings.format("-fx-font-size: %dpx;", vm.fontSizeProperty()));
        applyTheme(vm.themeProperty().get());
        vm.themeProperty().addListener((obs, old, now) -> applyTheme(now));

        root.setPrefSize(1200, 760);
        scene = new Scene(root);
        scene.getStylesheets().add(LargePrintWindow.class.getResource("glance.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> Shortcut.of(e).ifPresent(s -> {
            e.consume();
            run(s);
        }));
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            e.setDropCompleted(!files.isEmpty());
            if (!files.isEmpty()) {
                actions.describeImageFile(files.get(0).toPath());
            }
        });
        scene.focusOwnerProperty().addListener((obs, old, now) -> {
            if (now != null && vm.selfVoicingProperty().get()) {
                actions.readAloud(spokenName(now));
            }
        });
        scene.windowProperty().addListener((obs, old, window) -> {
            if (window != null) {
                window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> caption.requestFocus());
            }
        });
    }

    public Scene scene() {
        return scene;
    }

    public Parent root() {
        return root;
    }

    /** What Ctrl+Q does; {@link GlanceFx} sets it to close the window. */
    public void setOnQuit(Runnable onQuit) {
        this.onQuit = onQuit;
    }

    /** Replaces the file dialog behind Ctrl+O (tests and platforms with their own picker). */
    void setImageChooser(Function<Window, Optional<Path>> chooser) {
        this.imageChooser = chooser;
    }

    /** Does what a shortcut or its button stands for. */
    void run(Shortcut shortcut) {
        switch (shortcut) {
            case DESCRIBE_SCREEN -> actions.describeScreen();
            case DESCRIBE_WINDOW -> actions.describeActiveWindow();
            case DESCRIBE_REGION -> actions.describeRegion();
            case DESCRIBE_CAMERA -> actions.describeWebcam();
            case OPEN_IMAGE -> imageChooser.apply(scene.getWindow()).ifPresent(actions::describeImageFile);
            case MORE_DETAIL -> actions.moreDetail();
            case READ_TEXT -> actions.readAllText();
            case REPEAT -> actions.repeatLast();
            case STOP -> actions.stopSpeech();
            case COPY -> copy();
            case SAVE -> save();
            case BIGGER -> vm.biggerText();
            case SMALLER -> vm.smallerText();
            case RESET_SIZE -> vm.resetText();
            case THEME -> vm.nextTheme();
            case SHOW_DESCRIPTION -> showTab(0, caption);
            case SHOW_TEXT -> showTab(1, screenText);
            case SHOW_HISTORY -> showTab(2, history);
            case BUTTONS -> toggleButtons();
            case HELP -> showTab(3, help);
            case SETTINGS -> actions.settings().flatMap(now -> new SettingsDialog(now).showAndWait(scene.getWindow()))
                    .ifPresent(actions::saveSettings);
            case QUIT -> onQuit.run();
        }
    }

    private Node statusLine() {
        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().bind(vm.statusProperty());
        status.accessibleTextProperty().bind(vm.statusProperty());
        vm.errorProperty().addListener((obs, old, now) -> status.pseudoClassStateChanged(ERROR, now));
        return status;
    }

    private Node tabs() {
        caption.getStyleClass().add("caption");
        caption.textProperty().bind(Bindings.createStringBinding(
                () -> vm.shownProperty().get() == null && !vm.busyProperty().get() ? NOTHING_YET
                        : vm.captionProperty().get(),
                vm.shownProperty(), vm.captionProperty(), vm.busyProperty()));
        vm.refiningProperty().addListener((obs, old, now) -> caption.pseudoClassStateChanged(PENDING, now));
        Label firstLook = new Label();
        firstLook.setId("firstLook");
        firstLook.getStyleClass().add("first-look");
        firstLook.setWrapText(true);
        firstLook.setMaxWidth(Double.MAX_VALUE);
        firstLook.textProperty().bind(Bindings.when(vm.firstLookProperty().isEmpty()).then("")
                .otherwise(Bindings.concat("First look: ", vm.firstLookProperty())));
        firstLook.accessibleTextProperty().bind(firstLook.textProperty());
        firstLook.visibleProperty().bind(vm.firstLookProperty().isNotEmpty());
        firstLook.managedProperty().bind(firstLook.visibleProperty());
        ImageView preview = new ImageView();
        preview.setId("preview");
        preview.setPreserveRatio(true);
        preview.setFitHeight(360);
        preview.setAccessibleText("Camera picture");
        vm.previewProperty().addListener((obs, old, now) -> preview.setImage(now == null ? null : FxImages.of(now)));
        preview.visibleProperty().bind(vm.previewProperty().isNotNull());
        preview.managedProperty().bind(preview.visibleProperty());
        VBox description = new VBox(12, preview, caption, firstLook);
        VBox.setVgrow(caption, Priority.ALWAYS);
        description.setPadding(new Insets(12));

        screenText.textProperty().bind(Bindings.createStringBinding(() -> vm.textLines().isEmpty()
                ? "No text found yet. Describe something first." : joined(), vm.textLines()));
        help.setText(Shortcut.helpText());

        tabs.setId("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("Description", description), tab("Text", padded(screenText)),
                tab("History", padded(history)), tab("Keys", padded(help)));
        return tabs;
    }

    private Node buttons() {
        FlowPane bar = new FlowPane(12, 12);
        bar.setId("buttons");
        bar.getStyleClass().add("button-bar-large");
        bar.setPadding(new Insets(12));
        // Buttons grow with the text but stop at 28 px, so that at 64 px text the description keeps the room.
        bar.styleProperty().bind(Bindings.createStringBinding(() -> String.format("-fx-font-size: %dpx;",
                Math.max(18, Math.min(28, Math.round(vm.fontSizeProperty().get() * 0.75f)))), vm.fontSizeProperty()));
        for (Shortcut s : BUTTONS) {
            Button b = new Button(s.label() + "  " + s.keys());
            b.setId("button-" + s.name().toLowerCase().replace('_', '-'));
            b.setAccessibleText(s.label());
            b.setAccessibleHelp(s.help() + ". Shortcut " + s.keys() + ".");
            b.setOnAction(e -> run(s));
            bar.getChildren().add(b);
        }
        // in a small window the buttons scroll, so that they never take more than a third of it from the text
        ScrollPane scroll = new ScrollPane(bar);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setStyle("-fx-background-color: transparent; -fx-background: transparent;");
        scroll.maxHeightProperty().bind(root.heightProperty().divide(3));
        scroll.prefViewportHeightProperty().bind(bar.heightProperty());
        return scroll;
    }

    private void toggleButtons() {
        boolean show = !buttonBar.isVisible();
        buttonBar.setVisible(show);
        buttonBar.setManaged(show);
        vm.note(show ? "Buttons shown." : "Buttons hidden. Ctrl+B shows them again.");
    }

    private void replay(HistoryEntry entry) {
        vm.reshow(entry);
        showTab(0, caption);
        actions.readAloud(entry.best());
    }

    private void copy() {
        String text = vm.textToCopy();
        if (text.isEmpty()) {
            vm.note("Nothing to copy yet.");
            return;
        }
        try {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            vm.note("Copied.");
        } catch (RuntimeException e) {
            vm.note("Could not copy to the clipboard.");
        }
    }

    private void showTab(int index, Node content) {
        tabs.getSelectionModel().select(index);
        content.requestFocus();
    }

    private void applyTheme(Theme theme) {
        for (Theme t : Theme.values()) {
            root.getStyleClass().remove(t.styleClass());
        }
        root.getStyleClass().add(theme.styleClass());
    }

    private String joined() {
        StringBuilder out = new StringBuilder();
        vm.textLines().forEach(line -> out.append(out.length() == 0 ? "" : "\n").append(line.text()));
        return out.toString();
    }

    /** Name, then value, then role, as a screen reader would say it: "Describe screen, button". */
    static String spokenName(Node node) {
        String name = node.getAccessibleText();
        if ((name == null || name.isEmpty()) && node instanceof Labeled l) {
            name = l.getText();
        }
        if (node instanceof TextArea area) {
            String first = area.getText().lines().findFirst().orElse("");
            return (name == null ? "" : name + ". ") + first;
        }
        String role = node instanceof Button ? ", button" : node instanceof ListView<?> ? ", list" : "";
        return (name == null ? "" : name) + role;
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + title.toLowerCase());
        return tab;
    }

    private static Node padded(Control content) {
        VBox box = new VBox(content);
        VBox.setVgrow(content, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private static TextArea readOnlyArea(String id, String name) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setAccessibleHelp(name + ", read only. Arrow keys move through the text.");
        return area;
    }

    /** Replaces the file dialog behind Ctrl+S (tests). */
    void setSaveChooser(Function<Window, Optional<Path>> chooser) {
        this.saveChooser = chooser;
    }

    /** Saves the shown description and its text (the one chosen in the history, or the latest) as a text file. */
    private void save() {
        String content = vm.textToCopy();
        if (content.isEmpty()) {
            vm.note("Nothing to save yet.");
            return;
        }
        saveChooser.apply(scene.getWindow()).ifPresent(path -> {
            try {
                java.nio.file.Files.writeString(path, content + System.lineSeparator());
                vm.note("Saved to " + path.getFileName() + ".");
                actions.readAloud("Saved.");
            } catch (java.io.IOException e) {
                vm.note("Could not save " + path.getFileName() + ": " + e.getMessage());
                actions.readAloud("Could not save the file.");
            }
        });
    }

    private static Optional<Path> chooseSaveFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the description and its text");
        chooser.setInitialFileName("glance-description.txt");
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private static Optional<Path> chooseImage(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose an image to describe");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images",
                "*.png", "*.jpg", "*.jpeg", "*.bmp", "*.gif", "*.webp"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

}
