package app.glance.app;

import com.sun.jna.Function;
import com.sun.jna.Platform;

/**
 * The C library's heap, where ONNX Runtime's memory comes from. What it frees stays with the C library (glibc keeps
 * freed memory for the next allocation in one heap per thread), so after a few screens the process held 330-390 MB
 * while waiting for a hotkey, of which 250 MB were in use; {@link #trim()} gives the rest back (glibc's
 * {@code malloc_trim}, a few milliseconds). Elsewhere than on Linux with glibc it does nothing.
 */
final class NativeHeap {

    private static final Function TRIM = find();

    private NativeHeap() {
    }

    private static Function find() {
        if (!Platform.isLinux()) {
            return null;
        }
        try {
            return Function.getFunction("c", "malloc_trim");
        } catch (UnsatisfiedLinkError e) { // a C library without it (musl)
            return null;
        }
    }

    /** Whether {@link #trim()} can give memory back here. */
    static boolean canTrim() {
        return TRIM != null;
    }

    /** Gives the C library's free memory back to the system; returns whether any was given back. */
    static boolean trim() {
        return TRIM != null && TRIM.invokeInt(new Object[] {0}) == 1;
    }
}
