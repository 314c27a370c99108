package app.glance.app.cache;

import app.glance.app.capture.CaptureMode;
import app.glance.inference.Description;
import app.glance.inference.DetailLevel;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Descriptions of recent frames, so that asking again about a screen that has not changed answers at once.
 *
 * <p>Keyed by {@link FrameHash} + capture mode + model id + detail level. A frame that is {@linkplain
 * FrameHash#isNear near} a cached one (a blinking cursor, a clock tick) is a hit: lookup scans the few entries with
 * the same mode, model and level, which takes microseconds. Bounded in size and age; holds descriptions and hashes,
 * never pixels. Two requests for the same frame at once share one description ({@link #get}).
 */
public final class DescriptionCache {

    public static final int DEFAULT_SIZE = 64;
    public static final Duration DEFAULT_AGE = Duration.ofMinutes(30);

    /** What one entry is for. */
    record Key(FrameHash hash, CaptureMode mode, String modelId, DetailLevel level) {
        boolean sameKind(Key o) {
            return mode == o.mode && level == o.level && modelId.equals(o.modelId);
        }
    }

    /** Describes a frame that is not cached; returns null when the request was cancelled (nothing is stored). */
    @FunctionalInterface
    public interface Loader<X extends Exception> {
        Description load() throws X;
    }

    private final AsyncCache<Key, Description> cache;

    public DescriptionCache() {
        this(DEFAULT_SIZE, DEFAULT_AGE, Ticker.systemTicker());
    }

    public DescriptionCache(int maxEntries, Duration maxAge, Ticker ticker) {
        this.cache = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterAccess(maxAge).ticker(ticker)
                .executor(Runnable::run).buildAsync();
    }

    /** The cached description of this frame, or of one near it. */
    public Optional<Description> find(FrameHash hash, CaptureMode mode, String modelId, DetailLevel level) {
        return nearest(new Key(hash, mode, modelId, level), false).map(k -> cache.asMap().get(k))
                .filter(f -> f != null && f.isDone() && !f.isCompletedExceptionally()).map(CompletableFuture::join);
    }

    /** Remembers a finished description. */
    public void put(FrameHash hash, CaptureMode mode, String modelId, DetailLevel level, Description d) {
        cache.put(new Key(hash, mode, modelId, level), CompletableFuture.completedFuture(d));
    }

    /**
     * The cached description when there is one; else, if the same frame is being described right now on another
     * thread, waits for that one; else runs {@code loader} on this thread and caches what it returns. Returns null
     * only when the description that would have been used was cancelled.
     */
    public <X extends Exception> Description get(FrameHash hash, CaptureMode mode, String modelId, DetailLevel level,
                                                 Loader<X> loader) throws X {
        Key wanted = new Key(hash, mode, modelId, level);
        Map<Key, CompletableFuture<Description>> map = cache.asMap();
        while (true) {
            Key key = nearest(wanted, true).orElse(wanted);
            CompletableFuture<Description> mine = new CompletableFuture<>();
            CompletableFuture<Description> theirs = map.putIfAbsent(key, mine);
            if (theirs != null) {
                Description d;
                try {
                    d = theirs.get();
                } catch (ExecutionException e) {
                    d = null;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
                if (d != null) {
                    return d;
                }
                map.remove(key, theirs); // theirs was cancelled or failed: forget it and look again
                continue;
            }
            Description d = null;
            try {
                d = loader.load();
                return d;
            } finally {
                mine.complete(d);
                if (d == null) { // cancelled or failed: nothing to remember, and no empty entry left behind
                    map.remove(key, mine);
                }
            }
        }
    }

    /** The key of the closest entry of the same kind that is near {@code wanted}, in-flight ones only if asked. */
    private Optional<Key> nearest(Key wanted, boolean inFlightToo) {
        Map<Key, CompletableFuture<Description>> map = cache.asMap();
        Key best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<Key, CompletableFuture<Description>> e : map.entrySet()) {
            Key k = e.getKey();
            if (!k.sameKind(wanted) || !inFlightToo && !e.getValue().isDone() || !k.hash().isNear(wanted.hash())) {
                continue;
            }
            int d = k.hash().distance(wanted.hash());
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Forgets everything (e.g. when the model changes or the user asks). */
    public void clear() {
        cache.synchronous().invalidateAll();
    }

    /** How many entries are held (after pending evictions). */
    public long size() {
        cache.synchronous().cleanUp();
        return cache.synchronous().estimatedSize();
    }
}
