package app.glance.app.cache;

import app.glance.app.capture.Region;
import app.glance.inference.RgbImage;
import app.glance.inference.TextLine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeTrackerTest {

    private static ChangeTracker.Snapshot snapshot(RgbImage image, List<TextLine> text) {
        LumaGrid g = LumaGrid.of(image);
        return new ChangeTracker.Snapshot(g, FrameHash.of(g), text);
    }

    private static Change compare(RgbImage before, RgbImage after) {
        LumaGrid g = LumaGrid.of(after);
        return ChangeTracker.compare(snapshot(before, List.of()), g, FrameHash.of(g));
    }

    @Test
    void aBlinkingCursorOrAClockTickIsNoChange() {
        assertThat(compare(new SyntheticScreen().cursor().clock(34).image(), new SyntheticScreen().clock(35).image()))
                .isInstanceOf(Change.None.class);
    }

    @Test
    void aDialogIsFoundAndBoxed() {
        Change c = compare(new SyntheticScreen().cursor().image(), new SyntheticScreen().dialog().image());
        assertThat(c).isInstanceOf(Change.Changed.class);
        Region box = ((Change.Changed) c).box();
        assertThat(box.intersect(SyntheticScreen.DIALOG)).isEqualTo(SyntheticScreen.DIALOG); // covers it all
        assertThat((long) box.width() * box.height()).isLessThan(4L * 400 * 200); // and not much more
        assertThat(((Change.Changed) c).areas()).isEqualTo(1);
        assertThat(ChangeReport.where(box, SyntheticScreen.W, SyntheticScreen.H)).isEqualTo("in the middle");
    }

    @Test
    void aResizedTargetCannotBeCompared() {
        RgbImage small = new Region(0, 0, 800, 600).crop(new SyntheticScreen().image());
        assertThat(compare(new SyntheticScreen().image(), small)).isInstanceOf(Change.Resized.class);
    }

    @Test
    void onlyTextThatWasNotThereBeforeIsNew() {
        List<TextLine> before = List.of(new TextLine("File  Edit View", 0.9f, 0, 0, 100, 10),
                new TextLine("Untitled", 0.9f, 0, 20, 100, 10));
        List<TextLine> now = List.of(new TextLine("file edit view", 0.9f, 0, 0, 100, 10),
                new TextLine("Save changes?", 0.9f, 0, 40, 100, 10), new TextLine("Cancel", 0.9f, 0, 60, 40, 10),
                new TextLine("Save changes?", 0.9f, 0, 80, 100, 10), new TextLine("Untit", 0.9f, 0, 20, 50, 10));
        List<TextLine> added = ChangeReport.newLines(before, now);
        assertThat(added).extracting(TextLine::text).containsExactly("Save changes?", "Cancel");
        assertThat(ChangeReport.newText(added)).isEqualTo("New text: Save changes?; Cancel.");
        assertThat(ChangeReport.newText(List.of())).isEqualTo("No new text.");
    }

    @Test
    void theNextBaselineKeepsTextOutsideTheBoxAndMovesBoxTextIntoPlace() {
        Region box = new Region(100, 100, 200, 100);
        List<TextLine> before = List.of(new TextLine("outside", 1f, 0, 0, 50, 10),
                new TextLine("covered", 1f, 150, 150, 50, 10));
        List<TextLine> merged = ChangeTracker.mergeText(before, box, List.of(new TextLine("new", 1f, 5, 6, 20, 10)));
        assertThat(merged).extracting(TextLine::text).containsExactly("outside", "new");
        assertThat(merged.get(1).x()).isEqualTo(105);
        assertThat(merged.get(1).y()).isEqualTo(106);
    }

    @Test
    void placesAreSaidInWords() {
        assertThat(ChangeReport.where(new Region(1700, 0, 200, 60), 1920, 1080)).isEqualTo("near the top right");
        assertThat(ChangeReport.where(new Region(0, 1000, 1920, 80), 1920, 1080)).isEqualTo("along the bottom");
        assertThat(ChangeReport.where(new Region(0, 0, 1900, 1000), 1920, 1080)).isEqualTo("across most of it");
        assertThat(ChangeReport.lead(new Region(0, 500, 100, 50), 1920, 1080, 3))
                .isEqualTo("Changed on the left (and 2 smaller changes): ");
    }

    @Test
    void theTrackerRemembersPerTarget() {
        ChangeTracker t = new ChangeTracker();
        t.remember("screen 0,0,1920,1080", snapshot(new SyntheticScreen().image(), List.of()));
        assertThat(t.previous("screen 0,0,1920,1080")).isPresent();
        assertThat(t.previous("window 0x42")).isEmpty();
    }
}
