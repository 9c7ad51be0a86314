package dev.lifeguard.postmortem.bench;

import dev.lifeguard.postmortem.importer.DocumentImporter;
import dev.lifeguard.postmortem.importer.ImportResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Document import of the shapes that were quadratic (issue 16: nested {@code [}, runs of {@code *}, unclosed
 * {@code <}, repeated {@code password=} lines), 160 KB each, against a plain 160 KB postmortem measured in the same
 * run; then the same shapes at the 5 MB size cap. Target: each 160 KB shape under 1 s and 256 MB. The harness runs
 * in a fresh JVM with {@code -Xmx256m}, so a shape that needed more heap would fail with OutOfMemoryError; it
 * prints the median time, the ratio to the plain document and the peak heap after each shape, and exits 1 when a
 * 160 KB shape misses the target.
 *
 * <p>{@code mvn -B -q -pl postmortems -am test -Pbench-import -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false}
 */
public final class ImportBenchmark {

    private static final int SIZE = 160 * 1024;
    private static final int WARMUP = 3;
    private static final int RUNS = 5;
    private static final DocumentImporter IMPORTER =
            new DocumentImporter(Clock.fixed(Instant.parse("2026-12-04T00:00:00Z"), ZoneOffset.UTC));

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int cap = DocumentImporter.MAX_BYTES;
        System.out.printf(
                Locale.ROOT,
                "JDK %s, %d cores, max heap %d MB, load average %.2f%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        boolean ok = true;
        double plain = 0;
        for (Map.Entry<String, String> shape : shapes(SIZE).entrySet()) {
            Result r = measure(shape.getValue());
            if (plain == 0) {
                plain = r.medianMs();
            }
            boolean within = r.medianMs() < 1000 && r.peakHeapMb() < 256;
            ok &= within;
            System.out.printf(
                    Locale.ROOT,
                    "160 KB %-22s median %7.1f ms  ratio %6.2f  peak heap %4d MB  %s  (%s)%n",
                    shape.getKey(),
                    r.medianMs(),
                    r.medianMs() / plain,
                    r.peakHeapMb(),
                    within ? "ok" : "OVER",
                    r.report());
        }
        for (Map.Entry<String, String> shape : shapes(cap - 1024).entrySet()) {
            Result r = measure(shape.getValue());
            System.out.printf(
                    Locale.ROOT,
                    "5 MB   %-22s median %7.1f ms  peak heap %4d MB%n",
                    shape.getKey(),
                    r.medianMs(),
                    r.peakHeapMb());
        }
        System.out.println(ok ? "every 160 KB shape under 1 s and 256 MB" : "a 160 KB shape missed the target");
        System.exit(ok ? 0 : 1);
    }

    /** The plain document first (the baseline), then each pathological shape, each about {@code size} bytes. */
    static Map<String, String> shapes(int size) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("plain postmortem", plain(size));
        out.put("nested [", fill("# Nested links\n\n", "[", size));
        out.put("nested [a](", fill("# Nested links\n\n", "[a](", size));
        out.put("runs of *", fill("# Emphasis\n\n", "*a", size));
        out.put("runs of **", fill("# Emphasis\n\n", "**a*", size));
        out.put("unclosed <", fill("# Html\n\n", "<a ", size));
        out.put("nested >", fill("# Quotes\n\n", "> ", size));
        out.put("nested 1.", fill("# Lists\n\n", "1. ", size));
        out.put("password= lines", fill("# Secrets\n\n", "password=hunter2\n", size));
        return out;
    }

    private static String fill(String head, String unit, int size) {
        StringBuilder sb = new StringBuilder(size + unit.length()).append(head);
        while (sb.length() + unit.length() <= size) {
            sb.append(unit);
        }
        return sb.toString();
    }

    /** A postmortem as people write them: summary prose, a timeline of bold-stamped items, root cause. */
    private static String plain(int size) {
        StringBuilder sb = new StringBuilder("# Checkout pool exhausted\n\n**Date:** 2026-11-23\n\n## Summary\n\n")
                .append("Checkout requests timed out while the payments pool was exhausted by a slow query.\n\n")
                .append("## Timeline\n\n");
        int minute = 0;
        while (sb.length() < size - 200) {
            sb.append(String.format(
                    Locale.ROOT,
                    "- **%02d:%02d UTC:** pool at %d of 30 active, %d waiting; the"
                            + " on-call engineer checked the slow query log and the deploy history%n",
                    (minute / 60) % 24,
                    minute % 60,
                    10 + minute % 20,
                    minute % 7));
            minute++;
        }
        return sb.append("\n## Root cause\n\nA report query held connections for minutes.\n")
                .toString();
    }

    private record Result(double medianMs, long peakHeapMb, String report) {}

    private static Result measure(String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < WARMUP; i++) {
            IMPORTER.importBytes(bytes, "bench.md");
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        double[] ms = new double[RUNS];
        ImportResult last = null;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            last = IMPORTER.importBytes(bytes, "bench.md");
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed())
                        .sum()
                >> 20;
        Arrays.sort(ms);
        String report = last.incidents().size() + " incident(s), "
                + last.report().warnings().size() + " warning(s), "
                + last.report().redactions().size() + " redaction(s)";
        return new Result(ms[RUNS / 2], peak, report);
    }
}
