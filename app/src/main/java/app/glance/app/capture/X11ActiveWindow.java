package app.glance.app.capture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The active window on X11: {@code _NET_ACTIVE_WINDOW} of the root window (set by every EWMH window manager), then
 * that window's geometry, title and class. Asks the standard tools rather than linking Xlib: {@code xprop} and
 * {@code xwininfo} (package x11-utils) first, else {@code xdotool}; without either it says so in one sentence.
 * xwininfo is preferred because {@code xdotool getwindowgeometry} reports the position of a reparented window off
 * by its title bar under some window managers (seen with openbox: 22 px too low), so that path may cut off the
 * window's bottom edge and include a strip of its frame.
 */
final class X11ActiveWindow implements ActiveWindow {

    static final String NO_TOOLS = "Describing the active window needs the xprop and xwininfo tools "
            + "(package x11-utils) or xdotool; install one of them, or describe the screen instead.";

    /** Runs a helper program; empty when the program is not installed. */
    @FunctionalInterface
    interface Commands {
        Optional<Result> run(List<String> command) throws CaptureException;

        /** What a finished program said. */
        record Result(int exitCode, String stdout) {
        }

        /** Real processes, each given two seconds. */
        static Commands system() {
            return command -> {
                Process p;
                try {
                    p = new ProcessBuilder(command).redirectErrorStream(false)
                            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                } catch (IOException e) {
                    return Optional.empty(); // not installed
                }
                try {
                    byte[] out = p.getInputStream().readAllBytes();
                    if (!p.waitFor(2, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                        throw new CaptureException(CaptureException.Reason.FAILED,
                                "The active window could not be found in time.");
                    }
                    return Optional.of(new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new CaptureException(CaptureException.Reason.FAILED, "The active window could not be found.",
                            e);
                } catch (InterruptedException e) {
                    p.destroyForcibly();
                    Thread.currentThread().interrupt();
                    throw new CaptureException(CaptureException.Reason.FAILED, "Finding the active window was stopped.",
                            e);
                }
            };
        }
    }

    private static final Pattern WINDOW_ID = Pattern.compile("#\\s*(0x[0-9a-fA-F]+)");
    private static final Pattern ANY_ID = Pattern.compile("0x[0-9a-fA-F]+");
    /** xprop's line for the frame, "_NET_FRAME_EXTENTS = 1, 1, 22, 4" (not a title that holds such figures). */
    private static final Pattern FRAME_EXTENTS = Pattern.compile("(?m)^_NET_FRAME_EXTENTS(?:\\(CARDINAL\\))?\\s*=\\s*"
            + "(\\d+),\\s*(\\d+),\\s*(\\d+),\\s*(\\d+)");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Commands commands;

    X11ActiveWindow(Commands commands) {
        this.commands = commands;
    }

    @Override
    public Optional<WindowInfo> find() throws CaptureException {
        Optional<Commands.Result> root = commands.run(List.of("xprop", "-root", "-notype", "_NET_ACTIVE_WINDOW"));
        if (root.isPresent()) {
            return withXprop(root.get());
        }
        Optional<Commands.Result> active = commands.run(List.of("xdotool", "getactivewindow"));
        if (active.isPresent()) {
            return withXdotool(active.get());
        }
        throw new CaptureException(CaptureException.Reason.UNAVAILABLE, NO_TOOLS);
    }

    private Optional<WindowInfo> withXprop(Commands.Result root) throws CaptureException {
        Matcher m = WINDOW_ID.matcher(root.stdout());
        if (root.exitCode() != 0 || !m.find() || Long.decode(m.group(1)) == 0) {
            return Optional.empty();
        }
        String id = m.group(1);
        Commands.Result info = commands.run(List.of("xwininfo", "-id", id)).orElseThrow(() ->
                new CaptureException(CaptureException.Reason.UNAVAILABLE, NO_TOOLS));
        if (info.exitCode() != 0) {
            return Optional.empty(); // the window closed meanwhile
        }
        Region bounds = xwininfoBounds(info.stdout());
        if (bounds == null) {
            return Optional.empty();
        }
        return Optional.of(named(id, bounds));
    }

    /**
     * The window {@code id} with its title and class (from {@code xprop}; empty when unknown), and its client area
     * {@code client} with the frame the window manager drew around it ({@code _NET_FRAME_EXTENTS}), as Windows' own
     * bounds of a window include its title bar: the title names the application and the document, which the
     * description says ("A text editor: its title is "notes.txt - Mousepad"."), and without it a window's text often
     * tells too little to name its kind.
     */
    private WindowInfo named(String id, Region client) throws CaptureException {
        return props(id).of(client);
    }

    /** A window's title, class and frame, as one {@code xprop} call tells them. */
    private record Props(String id, String title, String windowClass, int[] frame) {
        /** The window with its client area {@code client} in its frame. */
        WindowInfo of(Region client) {
            return new WindowInfo(id, title, windowClass, framed(client, frame));
        }
    }

    private Props props(String id) throws CaptureException {
        String out = commands.run(List.of("xprop", "-id", id, "-notype", "_NET_WM_NAME", "WM_NAME", "WM_CLASS",
                "_NET_FRAME_EXTENTS")).map(Commands.Result::stdout).orElse("");
        return new Props(id, title(out), windowClass(out), frameExtents(out));
    }

    /** {@code client} with a frame of {@code e} (left, right, top, bottom) around it. */
    private static Region framed(Region client, int[] e) {
        return new Region(client.x() - e[0], client.y() - e[2], client.width() + e[0] + e[1],
                client.height() + e[2] + e[3]);
    }

    /** The bounds of window {@code id} while it is viewable (mapped), else null. */
    private Region viewableBounds(String id) throws CaptureException {
        return commands.run(List.of("xwininfo", "-id", id))
                .filter(r -> r.exitCode() == 0 && r.stdout().contains("IsViewable"))
                .map(r -> xwininfoBounds(r.stdout())).orElse(null);
    }

    /**
     * The top-level windows whose title or class is on {@code exclusions} and that are on screen, from the window
     * manager's {@code _NET_CLIENT_LIST_STACKING}: one {@code xprop} per window for its title and class, and
     * {@code xwininfo} only for those that match. Empty when the tools or the list are missing.
     */
    List<WindowInfo> excludedOnScreen(Exclusions exclusions) throws CaptureException {
        if (exclusions.patterns().isEmpty()) {
            return List.of();
        }
        List<WindowInfo> out = new ArrayList<>();
        for (String id : stackingIds()) {
            Props props = props(id);
            if (exclusions.match(props.of(new Region(0, 0, 1, 1))).isEmpty()) {
                continue;
            }
            Region bounds = viewableBounds(id);
            if (bounds != null) {
                out.add(props.of(bounds)); // with its frame: a private window's title is covered too
            }
        }
        return out;
    }

    @Override
    public Optional<WindowInfo> below(WindowInfo window) throws CaptureException {
        List<String> ids = stackingIds();
        int at = -1;
        for (int i = 0; i < ids.size() && at < 0; i++) {
            if (sameId(ids.get(i), window.id())) {
                at = i;
            }
        }
        for (int i = at - 1; i >= 0; i--) {
            Region bounds = viewableBounds(ids.get(i));
            if (bounds != null) {
                return Optional.of(named(ids.get(i), bounds));
            }
        }
        return Optional.empty();
    }

    /** xprop writes ids in hexadecimal, xdotool in decimal. */
    private static boolean sameId(String a, String b) {
        try {
            return Long.decode(a).equals(Long.decode(b));
        } catch (NumberFormatException e) {
            return a.equals(b);
        }
    }

    /** The window manager's top-level windows, bottom to top ({@code _NET_CLIENT_LIST_STACKING}); empty without it. */
    private List<String> stackingIds() throws CaptureException {
        Optional<Commands.Result> list = commands.run(List.of("xprop", "-root", "-notype",
                "_NET_CLIENT_LIST_STACKING"));
        if (list.isEmpty() || list.get().exitCode() != 0) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Matcher m = ANY_ID.matcher(list.get().stdout());
        while (m.find()) {
            ids.add(m.group());
        }
        return ids;
    }

    /**
     * The viewable top-level windows with their frames, front first, from {@code _NET_CLIENT_LIST_STACKING} and
     * {@code xwininfo -frame}.
     */
    List<Region> windowsFrontToBack() throws CaptureException {
        List<String> ids = new ArrayList<>(stackingIds());
        Collections.reverse(ids); // the list runs bottom to top
        List<Region> out = new ArrayList<>();
        for (String id : ids) {
            Region client = viewableBounds(id);
            if (client == null) {
                continue;
            }
            // with its frame (left, right, top, bottom): the title bar belongs to the window it names
            int[] e = commands.run(List.of("xprop", "-id", id, "-notype", "_NET_FRAME_EXTENTS"))
                    .map(r -> frameExtents(r.stdout())).orElse(new int[4]);
            out.add(framed(client, e));
        }
        return out;
    }

    private Optional<WindowInfo> withXdotool(Commands.Result active) throws CaptureException {
        String id = active.stdout().trim();
        if (active.exitCode() != 0 || !id.matches("\\d+") || Long.parseLong(id) == 0) {
            return Optional.empty();
        }
        Commands.Result geometry = commands.run(List.of("xdotool", "getwindowgeometry", "--shell", id))
                .orElseThrow(() -> new CaptureException(CaptureException.Reason.UNAVAILABLE, NO_TOOLS));
        Region bounds = geometry.exitCode() == 0 ? shellBounds(geometry.stdout()) : null;
        if (bounds == null) {
            return Optional.empty();
        }
        String name = commands.run(List.of("xdotool", "getwindowname", id)).filter(r -> r.exitCode() == 0)
                .map(r -> r.stdout().strip()).orElse("");
        String cls = commands.run(List.of("xdotool", "getwindowclassname", id)).filter(r -> r.exitCode() == 0)
                .map(r -> r.stdout().strip()).orElse("");
        return Optional.of(new WindowInfo("0x" + Long.toHexString(Long.parseLong(id)), name, cls, bounds));
    }

    /** {@code _NET_FRAME_EXTENTS = left, right, top, bottom}; zeros when the window manager sets none. */
    static int[] frameExtents(String xpropOut) {
        Matcher m = FRAME_EXTENTS.matcher(xpropOut);
        if (!m.find()) {
            return new int[4];
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4))};
    }

    /** The client area from {@code xwininfo}: "Absolute upper-left X/Y", "Width", "Height". */
    static Region xwininfoBounds(String out) {
        Integer x = field(out, "Absolute upper-left X:");
        Integer y = field(out, "Absolute upper-left Y:");
        Integer w = field(out, "Width:");
        Integer h = field(out, "Height:");
        return x == null || y == null || w == null || h == null || w <= 0 || h <= 0 ? null : new Region(x, y, w, h);
    }

    /** The bounds from {@code xdotool getwindowgeometry --shell}: X=, Y=, WIDTH=, HEIGHT=. */
    static Region shellBounds(String out) {
        Integer x = field(out, "X=");
        Integer y = field(out, "Y=");
        Integer w = field(out, "WIDTH=");
        Integer h = field(out, "HEIGHT=");
        return x == null || y == null || w == null || h == null || w <= 0 || h <= 0 ? null : new Region(x, y, w, h);
    }

    /** {@code _NET_WM_NAME} (UTF-8) when set, else the legacy {@code WM_NAME}. */
    static String title(String xpropOut) {
        String legacy = "";
        for (String line : xpropOut.split("\n")) {
            if (line.startsWith("_NET_WM_NAME")) {
                List<String> q = quoted(line);
                if (!q.isEmpty()) {
                    return q.get(0);
                }
            } else if (line.startsWith("WM_NAME")) {
                List<String> q = quoted(line);
                legacy = q.isEmpty() ? legacy : q.get(0);
            }
        }
        return legacy;
    }

    /** Both parts of {@code WM_CLASS} (instance and class), space-separated, e.g. "keepassxc KeePassXC". */
    static String windowClass(String xpropOut) {
        for (String line : xpropOut.split("\n")) {
            if (line.startsWith("WM_CLASS")) {
                return String.join(" ", quoted(line));
            }
        }
        return "";
    }

    private static List<String> quoted(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(line);
        while (m.find()) {
            out.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        return out;
    }

    private static Integer field(String out, String label) {
        for (String line : out.split("\n")) {
            String t = line.strip();
            if (t.startsWith(label)) {
                try {
                    return Integer.parseInt(t.substring(label.length()).strip());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
