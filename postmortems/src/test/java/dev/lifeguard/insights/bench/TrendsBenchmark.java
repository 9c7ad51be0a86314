package dev.lifeguard.insights.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.insights.TextSimilarity;
import dev.lifeguard.insights.TrendFilter;
import dev.lifeguard.insights.Trends;
import dev.lifeguard.insights.TrendsCalculator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * {@code trends} over N seeded synthetic incidents (default 10,000), against the 1 s budget of issue 14. Each incident
 * has 1–3 services, 2–4 contributing factors and 2–5 action items, each one of 600 phrases over a 3,000-word
 * vocabulary with one word swapped (the same fix in other words, recurring across many incidents), a detection line and
 * a pool line on its timeline; a third carry no kind tag, so the diagnosis rules run for them. Prints each run, the
 * median, its ratio to the budget and its ratio to a baseline measured in the same run, interleaved with it: the
 * reading floor, every contributing factor and action item title of the same incidents split once into its normalised
 * word set ({@link TextSimilarity#words}). Any recurrence search has to do that much before comparing anything, so the
 * ratio is what the whole of {@code trends} (classification, counts, spreads, recurrence search, leads) costs per
 * unit of merely reading the texts. The all-pairs search the index replaced is not the baseline: it compares about two
 * billion pairs at 10,000 incidents (minutes per run), which would make any ratio look good. Run: {@code java -cp
 * TEST_CLASSPATH dev.lifeguard.insights.bench.TrendsBenchmark [N] [RUNS]}.
 */
public final class TrendsBenchmark {

    private static final String[] WORDS = {
        "alert", "pool", "utilization", "leak", "detection", "threshold", "timeout", "query", "index", "replica",
        "connection", "limit", "fleet", "autoscaler", "statement", "session", "close", "finally", "retry", "budget",
        "dashboard", "runbook", "owner", "review", "capacity", "size", "load", "test", "canary", "rollback"
    };
    private static final String[] SERVICES = {"checkout", "orders", "payments", "search", "billing", "gateway", "auth"};
    private static final String[] TAGS = {"leak", "slow-query", "fleet", "undersized", "postgresql"};

    private TrendsBenchmark() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<Incident> incidents = incidents(n, new Random(14));
        TrendsCalculator calculator = new TrendsCalculator();
        TrendFilter filter = TrendFilter.all(LocalDate.parse("2026-12-01"));
        Trends first = null;
        long[] millis = new long[runs];
        long[] cpuMillis = new long[runs];
        long[] floorMillis = new long[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int floorWords = 0;
        for (int run = -2; run < runs; run++) {
            long floorStart = System.nanoTime();
            floorWords = readingFloor(incidents);
            long floorMs = (System.nanoTime() - floorStart) / 1_000_000;
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            Trends t = calculator.compute(incidents, filter);
            long ms = (System.nanoTime() - start) / 1_000_000;
            long cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            first = first == null ? t : first;
            if (run >= 0) {
                millis[run] = ms;
                cpuMillis[run] = cpuMs;
                floorMillis[run] = floorMs;
            }
            System.out.printf(
                    "%s: trends %d ms (CPU of the thread %d ms), reading floor %d ms%n",
                    run < 0 ? "warm-up" : "run", ms, cpuMs, floorMs);
        }
        Arrays.sort(millis);
        long median = millis[runs / 2];
        Arrays.sort(cpuMillis);
        Arrays.sort(floorMillis);
        long floor = floorMillis[runs / 2];
        System.out.printf("median CPU time of the computing thread: %d ms%n", cpuMillis[runs / 2]);
        System.out.printf(
                "reading floor (every factor and action item split into its word set, %d words): median %d ms%n",
                floorWords, floor);
        System.out.printf(
                "trends over %d incidents: median %d ms, %.2f of the 1000 ms budget, %.2f x the reading floor"
                        + " (%d recurrences found, digest %s)%n",
                n,
                median,
                median / 1000.0,
                (double) median / Math.max(1, floor),
                first.recurring().size(),
                digest(first));
        System.out.printf(
                "load average %.2f, %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** The baseline: every text the recurrence search reads, split into its normalised word set once. */
    private static int readingFloor(List<Incident> incidents) {
        int words = 0;
        for (Incident incident : incidents) {
            for (String factor : incident.contributingFactors()) {
                words += TextSimilarity.words(factor).size();
            }
            for (ActionItem item : incident.actionItems()) {
                words += TextSimilarity.words(item.title()).size();
            }
        }
        return words;
    }

    /** SHA-256 of the recurrences, one per line: the same digest before and after a change means the same result. */
    private static String digest(Trends trends) {
        StringBuilder text = new StringBuilder();
        trends.recurring().forEach(r -> text.append(r).append('\n'));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Incident> incidents(int n, Random random) {
        List<Incident> incidents = new ArrayList<>(n);
        OffsetDateTime base = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 0; i < n; i++) {
            OffsetDateTime start = base.plusMinutes(random.nextInt(3 * 365 * 24 * 60));
            OffsetDateTime detected = start.plusMinutes(1 + random.nextInt(60));
            OffsetDateTime mitigated = detected.plusMinutes(1 + random.nextInt(120));
            OffsetDateTime resolved = mitigated.plusMinutes(random.nextInt(240));
            List<String> services = new ArrayList<>();
            for (int s = 0, count = 1 + random.nextInt(3); s < count; s++) {
                services.add(SERVICES[random.nextInt(SERVICES.length)]);
            }
            List<String> factors = new ArrayList<>();
            for (int f = 0, count = 2 + random.nextInt(3); f < count; f++) {
                factors.add(sentence(random));
            }
            List<ActionItem> items = new ArrayList<>();
            for (int a = 0, count = 2 + random.nextInt(4); a < count; a++) {
                ActionStatus status = ActionStatus.values()[random.nextInt(ActionStatus.values().length)];
                items.add(new ActionItem(
                        "AI-" + (a + 1),
                        sentence(random),
                        null,
                        start.toLocalDate().plusDays(random.nextInt(90)),
                        null,
                        ActionType.PREVENT,
                        status,
                        null,
                        null,
                        status == ActionStatus.DONE ? start.toLocalDate().plusDays(random.nextInt(60)) : null));
            }
            incidents.add(Incident.builder(
                            "INC-" + i,
                            "Synthetic incident " + i,
                            Severity.values()[random.nextInt(Severity.values().length)])
                    .services(services)
                    .tags(i % 3 == 0 ? List.of() : List.of(TAGS[random.nextInt(TAGS.length)]))
                    .startedAt(start)
                    .detectedAt(detected)
                    .mitigatedAt(mitigated)
                    .resolvedAt(resolved)
                    .contributingFactors(factors)
                    .timeline(List.of(
                            TimelineEntry.of(detected, TimelineKind.DETECTION, "Error rate alert fired."),
                            TimelineEntry.of(
                                    detected.plusMinutes(random.nextInt(90)),
                                    TimelineKind.ROOT_CAUSE,
                                    "Pool active at its maximum.")))
                    .actionItems(items)
                    .build());
        }
        return incidents;
    }

    /** 600 base phrases of 4–8 words over a 3,000-word vocabulary, built once from the same seed. */
    private static final String[][] PHRASES = phrases(new Random(1400));

    private static String[][] phrases(Random random) {
        String[][] phrases = new String[600][];
        for (int p = 0; p < phrases.length; p++) {
            phrases[p] = new String[4 + random.nextInt(5)];
            for (int w = 0; w < phrases[p].length; w++) {
                phrases[p][w] = word(random.nextInt(3000));
            }
        }
        return phrases;
    }

    /** A pseudo-word: a pool word for the first thirty, letters spelling the number after. */
    private static String word(int i) {
        if (i < WORDS.length) {
            return WORDS[i];
        }
        StringBuilder w = new StringBuilder();
        for (int v = i; v > 0; v /= 26) {
            w.append((char) ('a' + v % 26));
        }
        return w.append("on").toString();
    }

    /** One base phrase with one word swapped: the same fix in other words. */
    private static String sentence(Random random) {
        String[] phrase = PHRASES[random.nextInt(PHRASES.length)].clone();
        phrase[random.nextInt(phrase.length)] = word(random.nextInt(3000));
        return String.join(" ", phrase);
    }
}
