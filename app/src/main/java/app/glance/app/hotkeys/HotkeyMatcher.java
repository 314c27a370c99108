package app.glance.app.hotkeys;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns raw key events into actions, with no native code, so it can be tested by feeding it events.
 *
 * <p>A chord fires on the press of its key while exactly its modifiers are down. Presses of a key that is already
 * down (keyboard auto-repeat) do nothing, and an action that fired less than {@link #DEBOUNCE_MS} ago does not fire
 * again (a bouncing key, or a nervous double press). A key whose release was lost (focus grabs swallow some) counts
 * as released once no press of it has been seen for {@link #STUCK_MS}. Thread-safe; cheap enough for the hook thread.
 */
public final class HotkeyMatcher {

    public static final long DEBOUNCE_MS = 300;
    static final long STUCK_MS = 1_000;

    private final Hotkeys hotkeys;
    private final Clock clock;
    private final Map<Integer, Long> down = new HashMap<>();
    private final Map<HotkeyAction, Long> lastFired = new EnumMap<>(HotkeyAction.class);

    public HotkeyMatcher(Hotkeys hotkeys, Clock clock) {
        this.hotkeys = hotkeys;
        this.clock = clock;
    }

    /** The bindings this matcher matches. */
    public Hotkeys hotkeys() {
        return hotkeys;
    }

    /** A key went down with these modifiers ({@link Chord} bits); the action to run, if any. */
    public synchronized Optional<HotkeyAction> pressed(int key, int modifiers) {
        if (Chord.isModifierKey(key)) {
            return Optional.empty();
        }
        long now = clock.millis();
        Long seen = down.put(key, now);
        if (seen != null && now - seen < STUCK_MS) {
            return Optional.empty(); // auto-repeat while held
        }
        Optional<HotkeyAction> action = hotkeys.actionFor(new Chord(modifiers, key));
        if (action.isEmpty()) {
            return action;
        }
        Long last = lastFired.get(action.get());
        if (last != null && now - last < DEBOUNCE_MS) {
            return Optional.empty();
        }
        lastFired.put(action.get(), now);
        return action;
    }

    /** A key went up. */
    public synchronized void released(int key) {
        down.remove(key);
    }
}
