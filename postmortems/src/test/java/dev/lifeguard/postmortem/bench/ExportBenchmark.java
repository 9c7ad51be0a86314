package dev.lifeguard.postmortem.bench;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.postmortem.SampleIncidents;
import dev.lifeguard.postmortem.chart.ChartImage;
import dev.lifeguard.postmortem.chart.PoolCharts;
import dev.lifeguard.postmortem.render.HtmlExporter;
import dev.lifeguard.postmortem.render.MarkdownExporter;
import dev.lifeguard.postmortem.render.RenderedDocument;
import dev.lifeguard.postmortem.template.TemplateCatalog;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Generation of an incident with 10 000 timeline entries: the sre Markdown, the three chart PNGs and the
 * self-contained HTML (charts inlined). Target ≤ 0.5 s. The baseline, measured in the same run, is the same
 * incident with its 7 original entries, so the ratio shows what the long timeline costs.
 *
 * <p>{@code mvn -B -q -pl postmortems -am process-test-classes -Pbench-export}
 */
public final class ExportBenchmark {

    private static final int WARMUP = 15;
    private static final int RUNS = 11;

    private ExportBenchmark() {}

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Incident small = SampleIncidents.checkoutLeak();
        Incident large = withEntries(small, 10_000);
        // Interleaved, so that load from other processes hits both alike.
        double[] baselineRuns = new double[RUNS];
        double[] measuredRuns = new double[RUNS];
        double[] measuredCpu = new double[RUNS];
        for (int i = 0; i < WARMUP + RUNS; i++) {
            double b = onceMs(small)[0];
            double[] m = onceMs(large);
            if (i >= WARMUP) {
                baselineRuns[i - WARMUP] = b;
                measuredRuns[i - WARMUP] = m[0];
                measuredCpu[i - WARMUP] = m[1];
            }
        }
        Arrays.sort(baselineRuns);
        Arrays.sort(measuredRuns);
        Arrays.sort(measuredCpu);
        double baseline = baselineRuns[RUNS / 2];
        double measured = measuredRuns[RUNS / 2];
        // CPU time of this thread: on a shared machine the wall clock also counts other processes' turns.
        System.out.printf(
                Locale.ROOT,
                "10 000 entries, CPU time of the generating thread: %.1f ms median; load %.1f%n",
                measuredCpu[RUNS / 2],
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(
                Locale.ROOT, "baseline (7 entries, 3 charts, md+html): %.1f ms median of %d%n", baseline, RUNS);
        System.out.printf(
                Locale.ROOT, "10 000 entries, 3 charts, md+html:      %.1f ms median of %d%n", measured, RUNS);
        phases(large);
        System.out.printf(
                Locale.ROOT,
                "ratio to baseline: %.2f; target 500 ms: %s%n",
                measured / baseline,
                measured <= 500 ? "met" : "MISSED");
    }

    /** The sample incident with {@code n} timeline entries spread over its two hours of metrics. */
    static Incident withEntries(Incident base, int n) {
        List<TimelineEntry> entries = new ArrayList<>(n);
        TimelineKind[] kinds = TimelineKind.values();
        for (int i = 0; i < n; i++) {
            entries.add(TimelineEntry.of(
                    SampleIncidents.T0.plusNanos(720_000_000L * i),
                    kinds[i % kinds.length],
                    "Entry " + i + ": pool checkout active=" + (i % 30) + " pending=" + (i % 7) + " after retry"));
        }
        return base.toBuilder().timeline(entries).build();
    }

    /** Where the time goes, one median per phase. */
    private static void phases(Incident incident) {
        MarkdownExporter markdown = new MarkdownExporter();
        HtmlExporter html = new HtmlExporter();
        double[][] t = new double[3][RUNS];
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long a = System.nanoTime();
            List<ChartImage> charts = PoolCharts.render(incident);
            long b = System.nanoTime();
            RenderedDocument doc = markdown.render(incident, TemplateCatalog.shipped("sre"), charts);
            long c = System.nanoTime();
            html.toHtml(doc);
            long d = System.nanoTime();
            if (i >= WARMUP) {
                t[0][i - WARMUP] = (b - a) / 1e6;
                t[1][i - WARMUP] = (c - b) / 1e6;
                t[2][i - WARMUP] = (d - c) / 1e6;
            }
        }
        for (double[] row : t) {
            Arrays.sort(row);
        }
        System.out.printf(
                Locale.ROOT,
                "  phases (10 000 entries): charts %.1f ms, markdown %.1f ms, html %.1f ms%n",
                t[0][RUNS / 2],
                t[1][RUNS / 2],
                t[2][RUNS / 2]);
    }

    private static final MarkdownExporter MARKDOWN = new MarkdownExporter();
    private static final HtmlExporter HTML = new HtmlExporter();

    /** Wall and CPU milliseconds of one generation. */
    private static double[] onceMs(Incident incident) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        List<ChartImage> charts = PoolCharts.render(incident);
        RenderedDocument doc = MARKDOWN.render(incident, TemplateCatalog.shipped("sre"), charts);
        int length = HTML.toHtml(doc).length();
        double ms = (System.nanoTime() - start) / 1e6;
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        if (length == 0) {
            throw new IllegalStateException("nothing generated");
        }
        return new double[] {ms, cpuMs};
    }
}
