package dev.lifeguard.ingest.log;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the 8-byte anchors of every signature in a (direct) byte buffer with Wu–Manber skips over 2-byte blocks: a
 * block that ends no anchor lets the window jump ahead up to 7 bytes, so the scan touches a fraction of the
 * bytes, as {@code grep} does. Also counts newlines eight bytes at a time.
 */
final class AnchorScanner {

    /** Every anchor's length. */
    static final int WIDTH = 8;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle BUFFER_LONGS =
            MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES_7F = 0x7F7F7F7F7F7F7F7FL;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    /** Indexed by a 12-bit hash of the block, so the 4 KiB table stays in L1; collisions only shorten skips. */
    private final byte[] shift = new byte[1 << 12];
    private final long[] anchors;

    AnchorScanner(List<LogSignature> signatures) {
        List<Long> words = new ArrayList<>();
        Arrays.fill(shift, (byte) (WIDTH - 1));
        for (LogSignature s : signatures) {
            for (String anchor : s.anchors()) {
                byte[] b = anchor.getBytes(StandardCharsets.US_ASCII);
                words.add((long) LONGS.get(b, 0));
                for (int end = 1; end < WIDTH; end++) {
                    int block = block(b[end - 1], b[end]);
                    shift[block] = (byte) Math.min(shift[block], WIDTH - 1 - end);
                }
            }
        }
        anchors = words.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * The start of the first anchor occurrence at or after {@code from} that ends before {@code to}, or −1.
     */
    int next(ByteBuffer buf, int from, int to) {
        int pos = from + WIDTH - 1;
        while (pos < to) {
            int s = shift[block(buf.get(pos - 1), buf.get(pos))];
            if (s != 0) {
                pos += s;
                continue;
            }
            int start = pos - WIDTH + 1;
            long word = (long) BUFFER_LONGS.get(buf, start);
            for (long anchor : anchors) {
                if (word == anchor) {
                    return start;
                }
            }
            pos++;
        }
        return -1;
    }

    private static int block(byte first, byte second) {
        return (first & 0x3F) << 6 | (second & 0x3F);
    }

    /** Newlines in {@code buf[from, to)}, exactly, eight bytes per step. */
    static long countNewlines(ByteBuffer buf, int from, int to) {
        long count = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) BUFFER_LONGS.get(buf, i) ^ NEWLINES;
            // high bit set in each byte of x that is zero, i.e. was '\n' (exact: no borrow between bytes)
            long zero = ~(((x & ONES_7F) + ONES_7F) | x | ONES_7F);
            count += Long.bitCount(zero);
        }
        for (; i < to; i++) {
            if (buf.get(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
