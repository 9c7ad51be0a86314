package dev.lifeguard.desktop.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Derives hostile inputs from well-formed seeds: byte flips, cuts, duplicated runs, splices of two seeds, numbers
 * swapped for ones that do not fit (3e9, 1e308, NaN, 2^63) and pathological runs (nested brackets, stars, control
 * characters, long lines). Seeded, so a campaign's input {@code i} can be rebuilt from the seed alone.
 */
final class Mutator {

    /** Numbers that overflow ints and longs, are not finite, or are at the edges parsers forget. */
    static final List<String> HOSTILE_NUMBERS = List.of(
            "3e9",
            "2147483648",
            "-2147483649",
            "9223372036854775808",
            "1e308",
            "-1e308",
            "1e309",
            "NaN",
            "Infinity",
            "-Infinity",
            "+Inf",
            "-0",
            "0",
            "-1",
            "1e-400",
            "0x7fffffff",
            "99999999999999999999999999",
            "1.7976931348623157E309",
            "4.9e-324",
            "");

    /** Fragments that stress structure rather than values. */
    static final List<String> HOSTILE_FRAGMENTS = List.of(
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
            "****************",
            "\u001b[31m",
            "\r",
            "\u0000",
            "\ufeff",
            "\"",
            "{",
            "}",
            "]",
            "|",
            "\t",
            "---\n",
            "# ",
            "**",
            "`",
            "password=hunter2 ",
            "postgres://u:p@h/db",
            "\u00c3\u00a9",
            "\ud83d\udea8",
            "{{",
            "%s",
            "\\",
            "\n\n\n",
            "1970-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z",
            "+999999999-12-31T23:59:59Z",
            "24:61",
            "2026-02-30");

    private final SplittableRandom random;
    private final List<byte[]> seeds;

    Mutator(long seed, List<byte[]> seeds) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("a fuzz target needs at least one seed");
        }
        this.random = new SplittableRandom(seed);
        this.seeds = seeds;
    }

    /** The next input: a seed put through one to four mutations. */
    byte[] next() {
        byte[] input = seeds.get(random.nextInt(seeds.size()));
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            input = mutate(input);
        }
        return input;
    }

    private byte[] mutate(byte[] in) {
        int kind = random.nextInt(8);
        if (in.length == 0 && kind < 4) {
            return insert(in, 0, pick(HOSTILE_FRAGMENTS).getBytes(StandardCharsets.UTF_8));
        }
        return switch (kind) {
            case 0 -> flip(in);
            case 1 -> cut(in);
            case 2 -> duplicate(in);
            case 3 -> splice(in);
            case 4, 5 -> replaceNumber(in);
            case 6 ->
                insert(
                        in,
                        random.nextInt(in.length + 1),
                        pick(HOSTILE_FRAGMENTS).getBytes(StandardCharsets.UTF_8));
            default -> insert(in, random.nextInt(in.length + 1), repeated());
        };
    }

    private byte[] flip(byte[] in) {
        byte[] out = in.clone();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    private byte[] cut(byte[] in) {
        int from = random.nextInt(in.length);
        int to = Math.min(in.length, from + 1 + random.nextInt(Math.max(1, in.length / 4)));
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, from);
        out.write(in, to, in.length - to);
        return out.toByteArray();
    }

    private byte[] duplicate(byte[] in) {
        int from = random.nextInt(in.length);
        int length = Math.min(in.length - from, 1 + random.nextInt(256));
        byte[] run = new byte[length];
        System.arraycopy(in, from, run, 0, length);
        return insert(in, from, run);
    }

    private byte[] splice(byte[] in) {
        byte[] other = seeds.get(random.nextInt(seeds.size()));
        if (other.length == 0) {
            return in;
        }
        int at = random.nextInt(in.length);
        int from = random.nextInt(other.length);
        int length = Math.min(other.length - from, 1 + random.nextInt(512));
        byte[] run = new byte[length];
        System.arraycopy(other, from, run, 0, length);
        return insert(in, at, run);
    }

    /** Swaps one run of digits (with its sign, point and exponent) for a hostile number. */
    private byte[] replaceNumber(byte[] in) {
        int start = random.nextInt(in.length);
        int digit = -1;
        for (int i = 0; i < in.length; i++) {
            int at = (start + i) % in.length;
            if (in[at] >= '0' && in[at] <= '9') {
                digit = at;
                break;
            }
        }
        if (digit < 0) {
            return insert(in, start, pick(HOSTILE_NUMBERS).getBytes(StandardCharsets.UTF_8));
        }
        int from = digit;
        while (from > 0 && isNumberByte(in[from - 1])) {
            from--;
        }
        int to = digit;
        while (to < in.length && isNumberByte(in[to])) {
            to++;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 32);
        out.write(in, 0, from);
        out.writeBytes(pick(HOSTILE_NUMBERS).getBytes(StandardCharsets.UTF_8));
        out.write(in, to, in.length - to);
        return out.toByteArray();
    }

    private static boolean isNumberByte(byte b) {
        return (b >= '0' && b <= '9') || b == '.' || b == 'e' || b == 'E' || b == '-' || b == '+';
    }

    /** A long run of one hostile fragment: the shapes that make parsers quadratic. */
    private byte[] repeated() {
        String unit = pick(HOSTILE_FRAGMENTS);
        int times = 1 + random.nextInt(2_000);
        return unit.repeat(times).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insert(byte[] in, int at, byte[] run) {
        byte[] out = new byte[in.length + run.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(run, 0, out, at, run.length);
        System.arraycopy(in, at, out, at + run.length, in.length - at);
        return out;
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
