package app.glance.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * What happens to an exception nobody caught, on any thread (the JavaFX thread, the hotkey hand-off, the speech
 * thread...): it is logged once with its stack trace (for a bug report; never with what was on screen), the user
 * hears a short sentence (at most once every {@link #QUIET}, so a failing loop does not talk over everything), and
 * the app keeps running: only the thread that threw ends, and Glance's worker threads are rebuilt by their executors.
 */
final class CrashHandler implements Thread.UncaughtExceptionHandler {

    static final String SENTENCE = "Something went wrong inside Glance. It is still running; please try again.";
    static final Duration QUIET = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(CrashHandler.class);

    private final Consumer<String> tell;
    private final Clock clock;
    private Instant lastTold = Instant.MIN;

    CrashHandler(Consumer<String> tell, Clock clock) {
        this.tell = tell;
        this.clock = clock;
    }

    /** Makes a handler the default for every thread of this process. */
    static CrashHandler install(Consumer<String> tell) {
        CrashHandler h = new CrashHandler(tell, Clock.systemUTC());
        Thread.setDefaultUncaughtExceptionHandler(h);
        return h;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        try {
            LOG.error("uncaught on thread {}", thread.getName(), failure);
            boolean speak;
            synchronized (this) {
                Instant now = clock.instant();
                speak = lastTold.equals(Instant.MIN) || Duration.between(lastTold, now).compareTo(QUIET) >= 0;
                if (speak) {
                    lastTold = now;
                }
            }
            if (speak) {
                tell.accept(SENTENCE);
            }
        } catch (RuntimeException | Error e) { // the handler itself must never throw
            System.err.println("glance: " + SENTENCE);
        }
    }
}
