package app.glance.ui;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** The History tab's list: past descriptions, newest first; Enter or a double click chooses one to re-read. */
final class HistoryList {

    private HistoryList() {
    }

    static ListView<HistoryEntry> create(DescriptionViewModel vm, Consumer<HistoryEntry> onChoose) {
        ListView<HistoryEntry> list = new ListView<>(vm.history());
        list.setId("history");
        list.setAccessibleText("History of descriptions, newest first");
        list.setAccessibleHelp("Up and Down choose a description; Enter shows it and reads it aloud.");
        list.setPlaceholder(new Label("No descriptions yet."));
        list.setCellFactory(view -> new Cell(vm, view));
        Runnable choose = () -> {
            HistoryEntry entry = list.getSelectionModel().getSelectedItem();
            if (entry != null) {
                onChoose.accept(entry);
            }
        };
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                choose.run();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                choose.run();
            }
        });
        return list;
    }

    /** A row: "7:12 AM  Screen" above the description, wrapped to the list's width. */
    private static final class Cell extends ListCell<HistoryEntry> {
        private final DescriptionViewModel vm;

        Cell(DescriptionViewModel vm, ListView<HistoryEntry> list) {
            this.vm = vm;
            setWrapText(true);
            prefWidthProperty().bind(list.widthProperty().subtract(40));
        }

        @Override
        protected void updateItem(HistoryEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            String text = empty || entry == null ? null : vm.timeOf(entry) + "  " + entry.what() + "\n" + entry.best();
            setText(text);
            setAccessibleText(text);
            if (empty || entry == null || entry.thumbnail() == null) {
                setGraphic(null);
            } else {
                ImageView picture = new ImageView(FxImages.of(entry.thumbnail()));
                picture.setPreserveRatio(true);
                picture.setFitWidth(120);
                setGraphic(picture);
            }
        }
    }
}
