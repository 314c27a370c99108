package app.glance.app;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Native memory that was freed stays with the C library until the heap is trimmed; then the system has it back. */
class NativeHeapTest {

    private static final int BLOCK = 64 * 1024; // below glibc's threshold for blocks of their own
    private static final int BLOCKS = 2_000; // 125 MB

    private static long rssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmRSS");
    }

    @Test
    void freedMemoryIsGivenBackToTheSystem() throws IOException {
        assumeTrue(NativeHeap.canTrim(), "Linux with glibc");
        long[] blocks = new long[BLOCKS];
        long before = rssMb();
        for (int i = 0; i < BLOCKS; i++) {
            blocks[i] = Native.malloc(BLOCK);
            new Pointer(blocks[i]).setMemory(0, BLOCK, (byte) 1);
        }
        long full = rssMb();
        for (int i = 0; i < BLOCKS - 1; i++) { // the last one stays: nothing freed is at the heap's top
            Native.free(blocks[i]);
        }
        long freed = rssMb();
        NativeHeap.trim();
        long trimmed = rssMb();
        Native.free(blocks[BLOCKS - 1]);
        assertThat(full - before).as("memory in use").isGreaterThan(100);
        assertThat(full - freed).as("given back by freeing alone").isLessThan(25);
        assertThat(freed - trimmed).as("given back by trimming").isGreaterThan(100);
    }
}
