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
    /** At most this many rounds are measured. */
    private static final int ROUNDS = 3;

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
        // the process's resident set is measured, and other tests' threads in this JVM may give memory back meanwhile
        // (an OCR reader's idle trim, the garbage collector): a round they disturbed is measured again
        long[] round = measure();
        for (int tries = 1; tries < ROUNDS && disturbed(round); tries++) {
            round = measure();
        }
        assertThat(round[1] - round[0]).as("memory in use").isGreaterThan(100);
        assertThat(round[1] - round[2]).as("given back by freeing alone").isLessThan(25);
        assertThat(round[2] - round[3]).as("given back by trimming").isGreaterThan(100);
    }

    /** Resident megabytes before allocating, with the blocks written, with all but one freed, and after trimming. */
    private static long[] measure() throws IOException {
        System.gc();
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
        return new long[] {before, full, freed, trimmed};
    }

    /** Whether something else in the process moved its resident set while the blocks were written or freed. */
    private static boolean disturbed(long[] round) {
        return round[1] - round[0] <= 100 || round[1] - round[2] >= 25;
    }
}
