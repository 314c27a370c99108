package app.glance.app.hotkeys;

import com.github.kwhat.jnativehook.GlobalScreen;
import com.github.kwhat.jnativehook.NativeHookException;
import com.github.kwhat.jnativehook.keyboard.NativeKeyEvent;
import com.github.kwhat.jnativehook.keyboard.NativeKeyListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.slf4j.LoggerFactory;

/**
 * System-wide hotkeys through JNativeHook. Key events arrive on JNativeHook's dispatch thread, go through the
 * {@link HotkeyMatcher} and, when they match, are handed to the given executor: nothing else runs on the hook's
 * threads. When the hook cannot start (no X display, no XRecord extension, an unsupported system, a native library that will not load) Glance keeps
 * working with the window's own keys; {@link #problem()} then holds the sentence to tell the user, once.
 */
public final class GlobalHotkeys implements AutoCloseable {

    static final String UNAVAILABLE = "Global hotkeys are not available on this desktop; "
            + "use the keys in the Glance window instead (F1 lists them).";

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(GlobalHotkeys.class);
    /** Held so the silenced java.util.logging logger is not collected and recreated at its default level. */
    private static final Logger JNATIVEHOOK_LOG = Logger.getLogger("com.github.kwhat.jnativehook");

    private final NativeKeyListener listener;
    private final String problem;
    private final String clash;

    private GlobalHotkeys(NativeKeyListener listener, String problem) {
        this(listener, problem, null);
    }

    private GlobalHotkeys(NativeKeyListener listener, String problem, String clash) {
        this.listener = listener;
        this.problem = problem;
        this.clash = clash;
    }

    /** Registers the hook and starts listening. Never throws: check {@link #problem()}. */
    public static GlobalHotkeys start(HotkeyMatcher matcher, Executor handOff, Consumer<HotkeyAction> actions) {
        if (isLinux() && System.getenv("DISPLAY") == null) {
            // without X, JNativeHook fails to register and then kills the JVM at exit ("Couldn't find per display
            // information" from Xlib), so it is not even loaded
            LOG.warn("global hotkeys are unavailable: no X display (DISPLAY is not set)");
            return new GlobalHotkeys(null, UNAVAILABLE);
        }
        silenceJNativeHookLogging();
        NativeKeyListener listener = listener(matcher, handOff, actions);
        try {
            GlobalScreen.registerNativeHook();
            GlobalScreen.addNativeKeyListener(listener);
            return new GlobalHotkeys(listener, null, clash(matcher.hotkeys()));
        } catch (NativeHookException | LinkageError | RuntimeException e) {
            LOG.warn("global hotkeys are unavailable: {}", e.toString());
            return new GlobalHotkeys(null, UNAVAILABLE);
        }
    }

    /** The clash sentence on X11; null elsewhere, when none is taken, and when the check itself fails. */
    private static String clash(Hotkeys hotkeys) {
        if (!isLinux()) {
            return null;
        }
        try {
            return clashSentence(hotkeys, X11KeyGrabs.taken(hotkeys.bindings(), null)).orElse(null);
        } catch (LinkageError | RuntimeException e) { // the hotkeys work all the same
            LOG.debug("could not check for hotkeys taken by other programs: {}", e.toString());
            return null;
        }
    }

    /**
     * The sentence that tells the user which hotkeys another program has taken (both will react to them), naming
     * the actions so they can be given other keys; empty when none is taken.
     */
    static Optional<String> clashSentence(Hotkeys hotkeys, List<Chord> taken) {
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        List<String> named = new ArrayList<>();
        for (Chord c : taken) {
            hotkeys.actionFor(c).ifPresent(a -> named.add(c.spoken() + " (" + a.spoken() + ")"));
        }
        boolean one = named.size() == 1;
        return Optional.of(String.join(", ", named) + (one ? " is" : " are") + " also used by another program, "
                + "which will react to " + (one ? "it" : "them") + " too; you can choose other keys in the settings.");
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
    }

    /** The listener that matches and hands off; separate so a test can feed it events without a native hook. */
    static NativeKeyListener listener(HotkeyMatcher matcher, Executor handOff, Consumer<HotkeyAction> actions) {
        return new NativeKeyListener() {
            @Override
            public void nativeKeyPressed(NativeKeyEvent e) {
                matcher.pressed(e.getKeyCode(), Chord.fromNative(e.getModifiers())).ifPresent(a -> {
                    try {
                        handOff.execute(() -> actions.accept(a));
                    } catch (RejectedExecutionException shuttingDown) {
                        LOG.debug("hotkey {} ignored while shutting down", a);
                    }
                });
            }

            @Override
            public void nativeKeyReleased(NativeKeyEvent e) {
                matcher.released(e.getKeyCode());
            }
        };
    }

    /** JNativeHook logs every event at INFO through java.util.logging; Glance wants none of it. */
    static void silenceJNativeHookLogging() {
        JNATIVEHOOK_LOG.setLevel(Level.OFF);
        JNATIVEHOOK_LOG.setUseParentHandlers(false);
    }

    public boolean isActive() {
        return problem == null;
    }

    /** Which hotkeys another program also uses, as one sentence for the user; empty when none or unknown. */
    public Optional<String> clash() {
        return Optional.ofNullable(clash);
    }

    /** Why global hotkeys are off, as one sentence for the user; empty when they work. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public void close() {
        if (listener == null) {
            return;
        }
        GlobalScreen.removeNativeKeyListener(listener);
        try {
            GlobalScreen.unregisterNativeHook();
        } catch (NativeHookException | RuntimeException e) {
            LOG.debug("the global hook did not unregister cleanly: {}", e.toString());
        }
    }
}
