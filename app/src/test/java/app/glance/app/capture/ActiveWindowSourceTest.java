package app.glance.app.capture;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActiveWindowSourceTest {

    private final FakeScreen screen = new FakeScreen(null, new Region(0, 0, 1920, 1080));

    private Frame capture(WindowInfo w, Exclusions exclusions) throws CaptureException {
        return new ActiveWindowSource(() -> Optional.ofNullable(w), screen, exclusions).capture();
    }

    @Test
    void theWindowIsGrabbedClippedToTheScreen() throws CaptureException {
        Frame f = capture(new WindowInfo("0x42", "Notes", "gedit Gedit", new Region(1500, -20, 800, 600)),
                Exclusions.defaults());
        assertThat(screen.grabbed).containsExactly(new Region(1500, 0, 420, 580));
        assertThat(f.mode()).isEqualTo(CaptureMode.WINDOW);
        assertThat(f.target()).isEqualTo("window 0x42").doesNotContain("Notes");
    }

    @Test
    void anExcludedWindowIsNeverGrabbed() {
        for (WindowInfo w : List.of(
                new WindowInfo("0x1", "Database.kdbx - KeePassXC", "keepassxc KeePassXC", new Region(0, 0, 500, 400)),
                new WindowInfo("0x2", "Vault", "1password 1Password", new Region(0, 0, 500, 400)),
                new WindowInfo("0x3", "My vault | bitwarden", "", new Region(0, 0, 500, 400)))) {
            assertThatThrownBy(() -> capture(w, Exclusions.defaults())).isInstanceOf(CaptureException.class)
                    .hasMessage(ActiveWindowSource.EXCLUDED)
                    .extracting(e -> ((CaptureException) e).reason()).isEqualTo(CaptureException.Reason.EXCLUDED);
        }
        assertThat(screen.grabbed).isEmpty();
    }

    @Test
    void theExclusionListIsTheUsers() throws CaptureException {
        WindowInfo bank = new WindowInfo("0x5", "My Bank - Firefox", "firefox", new Region(0, 0, 500, 400));
        assertThatThrownBy(() -> capture(bank, new Exclusions(List.of(" my bank ", "")))).isInstanceOf(
                CaptureException.class);
        assertThat(capture(new WindowInfo("0x1", "KeePassXC", "", new Region(0, 0, 9, 9)), new Exclusions(List.of())))
                .isNotNull();
    }

    @Test
    void noActiveWindowOrOffScreenIsASentence() {
        assertThatThrownBy(() -> capture(null, Exclusions.defaults())).hasMessage("No active window was found.");
        assertThatThrownBy(() -> capture(new WindowInfo("0x9", "", "", new Region(5000, 0, 10, 10)),
                Exclusions.defaults())).hasMessage("The active window is not on any screen.");
    }

    /** Glance's window (with a frame a little larger than JavaFX's idea of it) has the focus, over an editor. */
    private static ActiveWindow glanceOverEditor(boolean editorThere) {
        WindowInfo glance = new WindowInfo("0x9", "Glance", "java", new Region(1000, 40, 640, 760));
        WindowInfo editor = new WindowInfo("0x7", "notes.txt - Mousepad", "mousepad", new Region(200, 100, 1000, 700));
        return new ActiveWindow() {
            @Override
            public Optional<WindowInfo> find() {
                return Optional.of(glance);
            }

            @Override
            public Optional<WindowInfo> below(WindowInfo window) {
                assertThat(window).isEqualTo(glance);
                return editorThere ? Optional.of(editor) : Optional.empty();
            }
        };
    }

    @Test
    void withGlanceFocusedTheWindowBelowItIsDescribedWithoutGlance() throws CaptureException {
        OwnWindowCover own = new OwnWindowCover(() -> Optional.of(new Region(1000, 62, 640, 738)), () -> true,
                WindowLayout.NONE);
        Frame f = new ActiveWindowSource(glanceOverEditor(true), screen, Exclusions.defaults(), own).capture();
        assertThat(screen.grabbed).containsExactly(new Region(200, 100, 1000, 700));
        assertThat(f.target()).isEqualTo("window 0x7");
    }

    @Test
    void withGlanceFocusedAndNothingBelowItTheUserIsTold() {
        OwnWindowCover own = new OwnWindowCover(() -> Optional.of(new Region(1000, 62, 640, 738)), () -> true,
                WindowLayout.NONE);
        assertThatThrownBy(() -> new ActiveWindowSource(glanceOverEditor(false), screen, Exclusions.defaults(), own)
                .capture()).hasMessageStartingWith("Glance's own window is the active one");
        assertThat(screen.grabbed).isEmpty();
    }

    @Test
    void withoutKnowingGlancesWindowTheFocusedWindowIsTaken() throws CaptureException {
        new ActiveWindowSource(glanceOverEditor(true), screen, Exclusions.defaults()).capture();
        assertThat(screen.grabbed).containsExactly(new Region(1000, 40, 640, 760));
    }
}
