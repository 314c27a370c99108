package app.glance.app;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class CrashHandlerTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-28T09:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void anUncaughtExceptionIsToldOnceAndOtherThreadsGoOn() throws Exception {
        List<String> told = new CopyOnWriteArrayList<>();
        CrashHandler handler = new CrashHandler(told::add, new MovableClock());
        Thread t = new Thread(() -> {
            throw new IllegalStateException("a bug");
        }, "glance-test-crash");
        t.setUncaughtExceptionHandler(handler);
        t.start();
        t.join(5000);
        assertThat(told).containsExactly(CrashHandler.SENTENCE);
        // the process and other threads are unaffected
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> f = pool.submit(() -> "still working");
            assertThat(f.get(5, TimeUnit.SECONDS)).isEqualTo("still working");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBurstOfFailuresIsSpokenAtMostOncePerQuietPeriod() {
        List<String> told = new CopyOnWriteArrayList<>();
        MovableClock clock = new MovableClock();
        CrashHandler handler = new CrashHandler(told::add, clock);
        for (int i = 0; i < 5; i++) {
            handler.uncaughtException(Thread.currentThread(), new IllegalStateException("loop " + i));
        }
        assertThat(told).hasSize(1);
        clock.now = clock.now.plus(CrashHandler.QUIET).plus(Duration.ofMillis(1));
        handler.uncaughtException(Thread.currentThread(), new IllegalStateException("later"));
        assertThat(told).hasSize(2);
    }

    @Test
    void aHandlerThatCannotSpeakDoesNotThrow() {
        CrashHandler handler = new CrashHandler(s -> {
            throw new IllegalStateException("speaker gone");
        }, new MovableClock());
        handler.uncaughtException(Thread.currentThread(), new RuntimeException("x"));
    }
}
