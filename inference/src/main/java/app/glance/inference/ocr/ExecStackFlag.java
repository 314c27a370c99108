package app.glance.inference.ocr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Clears the "executable stack" flag of a 64-bit little-endian ELF shared library, as {@code execstack -c} does.
 * {@code libRapidOcr.so} is linked with it set, which makes the JVM print a stack-guard warning on load and would
 * give the process an executable stack. Only the flag word of the {@code PT_GNU_STACK} program header changes.
 */
final class ExecStackFlag {

    private static final int PT_GNU_STACK = 0x6474E551;
    private static final int PF_X = 1;

    private ExecStackFlag() {
    }

    /** Clears the flag in place; returns true when it was set. Files that are not ELF64-LE are left alone. */
    static boolean clear(Path library) throws IOException {
        try (FileChannel ch = FileChannel.open(library, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer header = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
            if (ch.read(header, 0) < 64 || header.getInt(0) != 0x464C457F || header.get(4) != 2 || header.get(5) != 1) {
                return false; // not "\177ELF", 64-bit, little-endian
            }
            long phoff = header.getLong(0x20);
            int phentsize = Short.toUnsignedInt(header.getShort(0x36));
            int phnum = Short.toUnsignedInt(header.getShort(0x38));
            ByteBuffer entry = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < phnum; i++) {
                long at = phoff + (long) i * phentsize;
                entry.clear();
                if (ch.read(entry, at) < 8) {
                    return false;
                }
                if (entry.getInt(0) == PT_GNU_STACK) {
                    int flags = entry.getInt(4);
                    if ((flags & PF_X) == 0) {
                        return false;
                    }
                    ByteBuffer cleared = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, flags & ~PF_X);
                    ch.write(cleared, at + 4);
                    return true;
                }
            }
            return false;
        }
    }
}
