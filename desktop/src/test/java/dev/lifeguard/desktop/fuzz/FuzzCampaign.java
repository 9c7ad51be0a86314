package dev.lifeguard.desktop.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The fuzz campaign, run by hand (never in {@code mvn verify}):
 * {@code mvn -B -q -pl desktop -am test -Pfuzz -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false}
 * with {@code -Dfuzz.inputs=N} (default 1 000 000 per family), {@code -Dfuzz.seed=S}, {@code -Dfuzz.families=a,b}.
 *
 * <p>Each family's inputs are derived from its fixtures by {@link Mutator}. A family fails on any exception other than
 * its declared one, on any input taking over 2 s, and on running out of the 512 MB heap the profile gives the JVM.
 * Every failing input is written to {@code target/fuzz/<family>/} to become a regression fixture under
 * {@code src/test/resources/fuzz-regressions/<family>/}, which {@link FuzzRegressionTest} replays in every build.
 */
public final class FuzzCampaign {

    private static final long SLOW_NANOS = 2_000_000_000L;
    /** An input still running after this is a hang: the campaign saves it and stops the JVM. */
    private static final long HANG_NANOS = 60_000_000_000L;

    private FuzzCampaign() {}

    /** Per-family counts. */
    record Tally(
            String family,
            long inputs,
            long accepted,
            long rejected,
            List<String> failures,
            long slow,
            double maxMs,
            double seconds) {}

    public static void main(String[] args) throws Exception {
        long inputs = Long.getLong("fuzz.inputs", 1_000_000L);
        long seed = Long.getLong("fuzz.seed", 20261204L);
        String only = System.getProperty("fuzz.families", "");
        int threads = Integer.getInteger("fuzz.threads", Runtime.getRuntime().availableProcessors());
        Path out = Path.of("target/fuzz");
        List<FuzzTarget> targets = FuzzTargets.all(FuzzTargets.repositoryRoot()).stream()
                .filter(t -> only.isBlank() || List.of(only.split(",")).contains(t.family()))
                .toList();
        System.out.printf(
                Locale.ROOT,
                "fuzz: %d families × %,d inputs, seed %d, %d threads, max heap %d MB%n",
                targets.size(),
                inputs,
                seed,
                threads,
                Runtime.getRuntime().maxMemory() >> 20);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Tally>> running = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            FuzzTarget target = targets.get(i);
            long familySeed = seed * 31 + i;
            running.add(pool.submit(() -> campaign(target, inputs, familySeed, out)));
        }
        List<Tally> tallies = new ArrayList<>();
        for (Future<Tally> f : running) {
            tallies.add(f.get());
        }
        pool.shutdown();
        String table = table(tallies);
        System.out.print(table);
        Files.createDirectories(out);
        Files.writeString(out.resolve("report.md"), table);
        boolean failed = tallies.stream().anyMatch(t -> !t.failures().isEmpty() || t.slow() > 0);
        System.exit(failed ? 1 : 0);
    }

    static Tally campaign(FuzzTarget target, long inputs, long seed, Path out) throws IOException {
        Mutator mutator = new Mutator(seed, target.seeds());
        long accepted = 0;
        long rejected = 0;
        long slow = 0;
        long maxNanos = 0;
        List<String> failures = new ArrayList<>();
        // Class loading and the first JIT work land on whichever input comes first; the seeds take them, untimed.
        for (byte[] warm : target.seeds()) {
            try {
                target.run(warm);
            } catch (Throwable t) {
                failures.add(save(out, target.family(), -2, warm, t));
            }
        }
        InFlight inFlight = new InFlight();
        Thread watchdog = hangWatchdog(target.family(), inFlight, out);
        long begin = System.nanoTime();
        for (long i = 0; i < inputs; i++) {
            byte[] input = mutator.next();
            long start = System.nanoTime();
            inFlight.input = input;
            inFlight.startedAt = start;
            try {
                if (target.run(input) == FuzzTarget.Outcome.ACCEPTED) {
                    accepted++;
                } else {
                    rejected++;
                }
            } catch (Throwable t) {
                if (failures.size() < 50) {
                    failures.add(save(out, target.family(), i, input, t));
                }
                if (t instanceof OutOfMemoryError) {
                    break;
                }
            }
            long took = System.nanoTime() - start;
            inFlight.startedAt = 0;
            maxNanos = Math.max(maxNanos, took);
            if (took > SLOW_NANOS) {
                slow++;
                save(out, target.family(), i, input, new IllegalStateException("took " + took / 1_000_000 + " ms"));
            }
            if ((i + 1) % 100_000 == 0) {
                System.out.printf(
                        Locale.ROOT,
                        "  %s: %,d inputs, %d failures, %.0f s%n",
                        target.family(),
                        i + 1,
                        failures.size(),
                        (System.nanoTime() - begin) / 1e9);
            }
        }
        watchdog.interrupt();
        return new Tally(
                target.family(),
                inputs,
                accepted,
                rejected,
                failures,
                slow,
                maxNanos / 1e6,
                (System.nanoTime() - begin) / 1e9);
    }

    /** The input a family is parsing now, for the watchdog. */
    private static final class InFlight {
        volatile byte[] input;
        volatile long startedAt;
    }

    /** Stops the JVM, after saving the input, when one input runs far past the slow limit (a hang). */
    private static Thread hangWatchdog(String family, InFlight inFlight, Path out) {
        Thread t = new Thread(
                () -> {
                    try {
                        while (true) {
                            Thread.sleep(1_000);
                            long start = inFlight.startedAt;
                            if (start != 0 && System.nanoTime() - start > HANG_NANOS) {
                                System.out.println("fuzz: " + family + " hangs on an input; saved, stopping");
                                save(
                                        out,
                                        family,
                                        -1,
                                        inFlight.input,
                                        new IllegalStateException("hang over " + HANG_NANOS / 1_000_000_000 + " s"));
                                Runtime.getRuntime().halt(2);
                            }
                        }
                    } catch (InterruptedException | IOException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "fuzz-watchdog-" + family);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static String save(Path out, String family, long index, byte[] input, Throwable t) throws IOException {
        Path folder = out.resolve(family);
        Files.createDirectories(folder);
        String name =
                "input-" + (index == -1 ? "hang" : index == -2 ? "seed" + Arrays.hashCode(input) : Long.toString(index))
                        + ".bin";
        if (input != null) {
            Files.write(folder.resolve(name), input);
        }
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        Files.writeString(folder.resolve(name + ".txt"), trace.toString());
        return name + ": " + t;
    }

    private static String table(List<Tally> tallies) {
        StringBuilder s = new StringBuilder();
        s.append("| family | inputs | accepted | rejected (declared) | undeclared | over 2 s | slowest ms | s"
                + " | inputs/s |\n");
        s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Tally t : tallies) {
            s.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %,d | %,d | %d | %d | %.1f | %.0f | %,.0f |%n",
                    t.family(),
                    t.inputs(),
                    t.accepted(),
                    t.rejected(),
                    t.failures().size(),
                    t.slow(),
                    t.maxMs(),
                    t.seconds(),
                    t.inputs() / Math.max(t.seconds(), 1e-9)));
        }
        for (Tally t : tallies) {
            t.failures()
                    .forEach(f -> s.append("- ")
                            .append(t.family())
                            .append(": ")
                            .append(f)
                            .append('\n'));
        }
        return s.toString();
    }
}
