package app.glance.inference.text;

import app.glance.inference.TextLine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DesktopIconsTest {

    private static TextLine line(String text, int x, int y, int width, int height) {
        return new TextLine(text, 0.95f, x, y, width, height);
    }

    /** A black desktop with five icons at its left edge, 1600x900, as PP-OCR read it (stop 27, by hand). */
    static final List<TextLine> DESKTOP = List.of(
            line("Holiday", 30, 62, 62, 23), line("photos2", 27, 86, 67, 22),
            line("Budget", 31, 175, 60, 21), line("2026.ods", 25, 198, 73, 20),
            line("Holiday", 31, 286, 60, 23), line("photos", 32, 312, 58, 20),
            line("notes.txt", 26, 402, 70, 17),
            line("Project", 32, 511, 58, 22), line("plan.odt", 28, 535, 68, 23));

    @Test
    void iconsLabelsInAColumnAtTheEdgeAreADesktops() {
        assertThat(DesktopIcons.over(DESKTOP, 1600, 900)).hasValue(
                "A desktop with 5 icons, starting with \"Holiday photos2\" and \"Budget 2026.ods\".");
        assertThat(DesktopIcons.couldBe(DESKTOP.subList(0, 4), 1600, 900)).isTrue();
        assertThat(KindCheck.corrects(DesktopIcons.over(DESKTOP, 1600, 900).orElseThrow())).isTrue();
        // a second column beside the first, and a panel's clock along the bottom edge
        List<TextLine> two = new ArrayList<>(DESKTOP);
        two.add(line("Trash", 130, 62, 45, 22));
        two.add(line("Mon 10:55", 1480, 872, 90, 20));
        assertThat(DesktopIcons.over(two, 1600, 900)).hasValue(
                "A desktop with 6 icons, starting with \"Holiday photos2\" and \"Budget 2026.ods\".");
        // icons arranged from the right edge (macOS): that column first
        List<TextLine> right = DESKTOP.stream().map(l -> line(l.text(), 1600 - l.x() - l.width(), l.y(), l.width(),
                l.height())).toList();
        assertThat(DesktopIcons.over(right, 1600, 900)).hasValueSatisfying(
                s -> assertThat(s).startsWith("A desktop with 5 icons, starting with \"Holiday photos2\""));
    }

    @Test
    void aWindowsTextOrASidebarsItemsAreNoDesktop() {
        // text elsewhere on the screen: a window is open
        List<TextLine> window = new ArrayList<>(DESKTOP);
        window.add(line("Dear Mrs. Patel,", 700, 300, 160, 22));
        assertThat(DesktopIcons.over(window, 1600, 900)).isEmpty();
        assertThat(DesktopIcons.couldBe(window, 1600, 900)).isFalse();
        // a sidebar: items left-aligned, a line or so apart
        List<TextLine> sidebar = List.of(line("Theme", 111, 169, 50, 20), line("Appearance", 111, 206, 90, 20),
                line("Windows", 111, 243, 70, 20), line("Mouse", 111, 280, 50, 20));
        assertThat(DesktopIcons.over(sidebar, 1600, 900)).isEmpty();
        // centred items a line apart (a dock's list): no icon between them
        List<TextLine> list = List.of(line("Home", 50, 100, 50, 20), line("Music", 48, 126, 54, 20),
                line("Photos", 45, 152, 60, 20));
        assertThat(DesktopIcons.over(list, 1600, 900)).isEmpty();
        // a sentence is no label; one icon is not said to be a desktop
        assertThat(DesktopIcons.over(List.of(line("Click here to start the tour", 20, 100, 200, 20)), 1600, 900))
                .isEmpty();
        assertThat(DesktopIcons.over(DESKTOP.subList(0, 2), 1600, 900)).isEmpty();
        assertThat(DesktopIcons.over(List.of(), 1600, 900)).isEmpty();
        // a small terminal over a photo as the wallpaper, 1366x768: its title, its title bar's buttons and its prompt
        // are no icons' labels (stop 33, by hand: "A desktop with 3 icons, starting with "root@vm+/tmp/h33#" ...")
        List<TextLine> terminal = List.of(line("xterm", 262, 104, 42, 14), line("00", 413, 100, 54, 21),
                line("root@vm+/tmp/h33#", 100, 121, 113, 17));
        assertThat(DesktopIcons.over(terminal, 1366, 768)).isEmpty();
        assertThat(DesktopIcons.over(List.of(terminal.get(0), line("Trash", 262, 220, 40, 14),
                line("Projects", 255, 330, 56, 14)), 1366, 768)).isPresent(); // the same column with labels
        // zenity's question near the top of a 2732x1536 screen, in a panel's band: its answers are no icons (stop 48)
        List<TextLine> question = List.of(line("Save changes to letter.txt before closing?", 143, 45, 542, 35),
                line("No", 407, 193, 49, 39), line("Yes", 586, 195, 49, 36));
        assertThat(DesktopIcons.over(question, 2732, 1536)).isEmpty();
        // Gwenview's folder of two pictures, its toolbar and path in the top band, its count of images in the bottom
        // one (stop 49, captured): a window's, no desktop's
        List<TextLine> gwenview = List.of(line("Start Page", 10, 11, 72, 19), line("Full Screen", 1190, 11, 77, 17),
                line("tmp \u2192 cap2 files", 38, 42, 162, 18), line("demo.png", 34, 157, 70, 21),
                line("photo.jpg", 174, 156, 69, 24), line("Add Filter.", 35, 743, 75, 22),
                line("2 images", 637, 743, 66, 21));
        assertThat(DesktopIcons.over(gwenview, 1366, 768)).isEmpty();
        assertThat(DesktopIcons.over(gwenview.subList(0, 6), 1366, 768)).isPresent(); // without the count
    }

    @Test
    void theModelsOwnWordsForADesktopAreKept() {
        assertThat(DesktopIcons.named("A desktop with 12 icons starting with \"Home\" and \"Trash\".")).isTrue();
        assertThat(DesktopIcons.named("Probably a desktop, showing 8 icons.")).isTrue();
        assertThat(DesktopIcons.named("A terminal, and light text on a dark background.")).isFalse();
    }
}
