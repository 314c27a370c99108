package app.glance.inference.ocr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExecStackFlagTest {

    @TempDir
    Path dir;

    /** A minimal ELF64-LE header with one PT_GNU_STACK program header carrying {@code flags}. */
    private Path elf(int flags) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(64 + 56).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, 0x464C457F).put(4, (byte) 2).put(5, (byte) 1);
        b.putLong(0x20, 64).putShort(0x36, (short) 56).putShort(0x38, (short) 1);
        b.putInt(64, 0x6474E551).putInt(68, flags);
        Path file = dir.resolve("lib.so");
        Files.write(file, b.array());
        return file;
    }

    private static int flags(Path file) throws Exception {
        return ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN).getInt(68);
    }

    @Test
    void clearsOnlyTheExecuteBitOfTheStackHeader() throws Exception {
        Path file = elf(7); // RWE
        assertThat(ExecStackFlag.clear(file)).isTrue();
        assertThat(flags(file)).isEqualTo(6); // RW
        assertThat(ExecStackFlag.clear(file)).isFalse();
    }

    @Test
    void leavesOtherFilesAlone() throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "not a library at all, but long enough to hold an ELF header of sixty-four bytes....");
        byte[] before = Files.readAllBytes(text);
        assertThat(ExecStackFlag.clear(text)).isFalse();
        assertThat(Files.readAllBytes(text)).isEqualTo(before);
    }

    @Test
    void clearsTheFlagOfTheBundledRapidOcrLibrary() throws Exception {
        Path copy = dir.resolve("libRapidOcr.so");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("lib/libRapidOcr.so")) {
            assertThat(in).isNotNull();
            Files.copy(in, copy);
        }
        assertThat(ExecStackFlag.clear(copy)).isTrue();
        assertThat(ExecStackFlag.clear(copy)).isFalse();
    }
}
