package app.glance.app.capture;

/**
 * The active window as the desktop reports it: an id (e.g. an X11 window id), its title and class (used only for
 * the privacy exclusion list, never logged above DEBUG) and its bounds in desktop coordinates.
 */
public record WindowInfo(String id, String title, String windowClass, Region bounds) {

    public WindowInfo {
        title = title == null ? "" : title;
        windowClass = windowClass == null ? "" : windowClass;
    }
}
