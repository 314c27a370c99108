package app.glance.inference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Glance's one inference thread, where the latest request wins: submitting a job cancels the running one (it stops
 * at its next decode step) and any that has not started yet (it never runs; its {@code skipped} callback says so).
 * Submitting returns at once, from any thread. A job that throws is logged and does not stop the thread.
 */
public final class InferenceThread implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InferenceThread.class);

    /** The work of one request; it should check {@code cancel} often (the decoders do, at every step). */
    @FunctionalInterface
    public interface Job {
        void run(Cancellation cancel) throws Exception;
    }

    /** How a request ended. */
    public enum Outcome { DONE, CANCELLED, SKIPPED, FAILED }

    /** A submitted request: its cancel, and a future that completes when it has ended, however it ended. */
    public record Request(Cancellation cancel, CompletableFuture<Outcome> ended) {
    }

    private final Executor executor;
    private final ExecutorService owned;
    private final AtomicReference<Cancellation> latest = new AtomicReference<>(new Cancellation());

    /** Runs jobs on {@code executor} (tests pass one that runs them inline); it must run them one at a time. */
    public InferenceThread(Executor executor) {
        this.executor = executor;
        this.owned = null;
    }

    private InferenceThread(ExecutorService owned) {
        this.executor = owned;
        this.owned = owned;
    }

    /** A new daemon thread named {@code name}. */
    public static InferenceThread start(String name) {
        return new InferenceThread(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        }));
    }

    /**
     * Cancels what runs or waits, then queues {@code job}; {@code skipped} runs if the job never starts. The request
     * ends DONE when the job returns uncancelled, CANCELLED when it returns after a cancel, SKIPPED when it never
     * started, FAILED when it threw.
     */
    public Request submit(Job job, Runnable skipped) {
        Cancellation cancel = new Cancellation();
        CompletableFuture<Outcome> ended = new CompletableFuture<>();
        latest.getAndSet(cancel).cancel();
        try {
            executor.execute(() -> {
                if (cancel.isCancelled()) {
                    end(ended, Outcome.SKIPPED, skipped);
                    return;
                }
                try {
                    job.run(cancel);
                    ended.complete(cancel.isCancelled() ? Outcome.CANCELLED : Outcome.DONE);
                } catch (Exception | LinkageError e) {
                    LOG.warn("an inference request failed: {}", e.toString());
                    ended.complete(Outcome.FAILED);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("request ignored while shutting down");
            cancel.cancel();
            end(ended, Outcome.SKIPPED, skipped);
        }
        return new Request(cancel, ended);
    }

    private static void end(CompletableFuture<Outcome> ended, Outcome outcome, Runnable callback) {
        try {
            callback.run();
        } finally {
            ended.complete(outcome);
        }
    }

    /** Cancels the running and the waiting job, if any. */
    public void cancel() {
        latest.get().cancel();
    }

    @Override
    public void close() {
        cancel();
        if (owned != null) {
            owned.shutdownNow();
        }
    }
}
