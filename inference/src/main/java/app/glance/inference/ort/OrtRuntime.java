package app.glance.inference.ort;

import ai.onnxruntime.OrtEnvironment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * ONNX Runtime's one environment, and nothing of it left in the temporary folder once Glance exits.
 * <p>
 * ONNX Runtime Java copies its native libraries into a new folder {@code onnxruntime-java<digits>} under
 * {@code java.io.tmpdir} and loads them from there; it asks the JVM to delete the folder and the libraries at exit, but
 * the folder comes first in that order, is not empty yet, and stays: 1.28.0 leaves one empty folder per run, and a
 * user who describes the screen from a script would collect thousands. Glance removes it (the copies and the folder)
 * in a shutdown hook. On Linux and macOS a loaded library can be removed; on Windows one that is still loaded cannot,
 * and ONNX Runtime's own deletion is left to try.
 */
final class OrtRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(OrtRuntime.class);
    private static final String PREFIX = "onnxruntime-java";
    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    private OrtRuntime() {
    }

    /** {@link OrtEnvironment#getEnvironment()}, with the temporary copies removed at exit. */
    static OrtEnvironment environment() {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        if (HOOKED.compareAndSet(false, true)) {
            nativeCopies().ifPresent(dir -> Runtime.getRuntime().addShutdownHook(
                    new Thread(() -> remove(dir), "glance-ort-cleanup")));
        }
        return env;
    }

    /**
     * The folder ONNX Runtime copied its native libraries into, when it made one (not with
     * {@code onnxruntime.native.path}'s libraries alone, nor on Android) and it is where expected: a folder named
     * {@code onnxruntime-java...} right under {@code java.io.tmpdir}. Read from ONNX Runtime's private field: nothing
     * else names it.
     */
    static Optional<Path> nativeCopies() {
        try {
            Field f = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
            f.setAccessible(true);
            Object value = f.get(null);
            if (value instanceof Path dir && isOrtCopies(dir)) {
                return Optional.of(dir);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("ONNX Runtime's temporary folder is not known: {}", e.toString());
        }
        return Optional.empty();
    }

    /** Whether {@code dir} looks like ONNX Runtime's own folder of copies: the only kind {@link #remove} touches. */
    static boolean isOrtCopies(Path dir) {
        Path name = dir.getFileName();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        return name != null && name.toString().startsWith(PREFIX) && tmp.equals(dir.toAbsolutePath().normalize()
                .getParent()) && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Removes {@code dir}, ONNX Runtime's folder of copies, with the files in it (never following a link, never into
     * a subfolder: ONNX Runtime makes none); a file that cannot be removed leaves the folder, and no error.
     *
     * @return whether the folder is gone
     */
    static boolean remove(Path dir) {
        if (!isOrtCopies(dir)) {
            return false;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(f)) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
            return true;
        } catch (IOException | RuntimeException e) {
            // at exit, nobody to tell but a debug log: ONNX Runtime's deletion on exit still follows
            LOG.debug("ONNX Runtime's temporary folder {} stays: {}", dir, e.toString());
            return false;
        }
    }
}
