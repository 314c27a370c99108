package app.glance.app.cache;

import app.glance.app.capture.CaptureMode;
import app.glance.app.capture.Region;
import app.glance.inference.Description;
import app.glance.inference.DetailLevel;
import app.glance.inference.RgbImage;
import app.glance.inference.Timings;

import com.github.benmanes.caffeine.cache.Ticker;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Near-identical frames hit, changed ones miss; bounded, and concurrent requests for one frame are merged. */
class DescriptionCacheTest {

    private static final String MODEL = "glance-test-1";
    private final DescriptionCache cache = new DescriptionCache();

    private static FrameHash hash(RgbImage image) {
        return FrameHash.of(LumaGrid.of(image));
    }

    private static Description description(String caption) {
        return new Description(MODEL, caption, caption, List.of(), new Timings(0, 0, 0, 0, 0, 0), "cpu");
    }

    private void remember(RgbImage image) {
        cache.put(hash(image), CaptureMode.SCREEN, MODEL, DetailLevel.BRIEF, description("An editor."));
    }

    private boolean hit(RgbImage image) {
        return cache.find(hash(image), CaptureMode.SCREEN, MODEL, DetailLevel.BRIEF).isPresent();
    }

    @Test
    void blinkingCursorIsAHit() {
        remember(new SyntheticScreen().clock(34).cursor().image());
        assertThat(hit(new SyntheticScreen().clock(34).image())).isTrue();
        assertThat(hit(new SyntheticScreen().clock(34).cursor().image())).isTrue();
    }

    @Test
    void clockTickIsAHit() {
        remember(new SyntheticScreen().clock(34).image());
        assertThat(hit(new SyntheticScreen().clock(35).image())).isTrue();
    }

    @Test
    void aDialogAppearingIsAMiss() {
        remember(new SyntheticScreen().clock(34).image());
        assertThat(hit(new SyntheticScreen().clock(34).dialog().image())).isFalse();
    }

    @Test
    void aFullWidthBannerIsAMiss() {
        remember(new SyntheticScreen().image());
        assertThat(hit(new SyntheticScreen().banner().image())).isFalse();
    }

    @Test
    void modeModelAndDetailArePartOfTheKey() {
        RgbImage img = new SyntheticScreen().image();
        remember(img);
        FrameHash h = hash(img);
        assertThat(cache.find(h, CaptureMode.WINDOW, MODEL, DetailLevel.BRIEF)).isEmpty();
        assertThat(cache.find(h, CaptureMode.SCREEN, "other-model", DetailLevel.BRIEF)).isEmpty();
        assertThat(cache.find(h, CaptureMode.SCREEN, MODEL, DetailLevel.DETAILED)).isEmpty();
    }

    @Test
    void aFullCacheStillFindsTheNearFrame() {
        SyntheticScreen other = new SyntheticScreen();
        for (int i = 0; i < DescriptionCache.DEFAULT_SIZE - 1; i++) { // a full cache of other screens
            other.fill(new Region(i * 25, 400 + i * 5, 200, 100), 0x102030 * (1 + i % 7));
            cache.put(hash(other.view()), CaptureMode.SCREEN, MODEL, DetailLevel.BRIEF, description("x" + i));
        }
        remember(new SyntheticScreen().clock(34).image());
        RgbImage frame = new SyntheticScreen().clock(34).cursor().image();
        long t0 = System.nanoTime();
        var found = cache.find(hash(frame), CaptureMode.SCREEN, MODEL, DetailLevel.BRIEF);
        // no timed assertion (speed is measured by glance bench); the figure is printed for the log
        System.out.printf("cache lookup of a 1920x1080 frame, hashing included: %.2f ms%n", (System.nanoTime() - t0) / 1e6);
        assertThat(found).map(Description::best).contains("An editor.");
    }

    @Test
    void concurrentRequestsForOneFrameShareOneDescription() throws Exception {
        FrameHash h = hash(new SyntheticScreen().image());
        FrameHash blink = hash(new SyntheticScreen().cursor().image());
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Description> first = pool.submit(() -> cache.get(h, CaptureMode.SCREEN, MODEL, DetailLevel.BRIEF,
                    () -> {
                        loads.incrementAndGet();
                        loading.countDown();
                        release.await();
                        return description("An editor.");
                    }));
            loading.await();
            Future<Description> second = pool.submit(() -> cache.get(blink, CaptureMode.SCREEN, MODEL,
                    DetailLevel.BRIEF, () -> {
                        loads.incrementAndGet();
                        return description("another");
                    }));
            Thread.sleep(50);
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS).best()).isEqualTo("An editor.");
            assertThat(second.get(5, TimeUnit.SECONDS).best()).isEqualTo("An editor.");
            assertThat(loads).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCancelledDescriptionIsNotKept() {
        FrameHash h = hash(new SyntheticScreen().image());
        assertThat(cache.get(h, CaptureMode.SCREEN, MODEL, DetailLevel.BRIEF, () -> null)).isNull();
        assertThat(cache.find(h, CaptureMode.SCREEN, MODEL, DetailLevel.BRIEF)).isEmpty();
        assertThat(cache.get(h, CaptureMode.SCREEN, MODEL, DetailLevel.BRIEF, () -> description("A.")).best())
                .isEqualTo("A.");
        assertThat(cache.get(h, CaptureMode.SCREEN, MODEL, DetailLevel.BRIEF, () -> description("B.")).best())
                .isEqualTo("A.");
    }

    @Test
    void sizeAndAgeAreBounded() {
        long[] nanos = {0};
        Ticker ticker = () -> nanos[0];
        DescriptionCache small = new DescriptionCache(3, Duration.ofMinutes(1), ticker);
        SyntheticScreen screen = new SyntheticScreen();
        for (int i = 0; i < 10; i++) {
            screen.fill(new Region(i * 150, 400, 100, 300), 0xFF0000);
            small.put(hash(screen.view()), CaptureMode.SCREEN, MODEL, DetailLevel.BRIEF, description("s" + i));
        }
        assertThat(small.size()).isLessThanOrEqualTo(3);
        nanos[0] += Duration.ofMinutes(2).toNanos();
        assertThat(small.size()).isZero();
    }
}
