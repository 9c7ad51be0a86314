package dev.lifeguard.incident.pool;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue #11: for generated settings sets (seeded, edge values included), the real {@code HikariConfig}
 * of the jar on the class path, called directly here (setters, then validate()), and Lifeguard's pool
 * settings agree on whether the set is refused, on the reason, and on every effective value.
 */
class HikariConfigDifferentialTest {

    /** Edge values around every threshold HikariCP has, and a few ordinary ones. */
    private static final long[] TIMES = {
        -1, 0, 1, 249, 250, 251, 500, 999, 1_000, 1_999, 2_000, 2_001, 5_000, 9_999, 10_000, 10_001, 29_999, 30_000,
        30_001, 60_000, 119_999, 120_000, 300_000, 599_000, 600_000, 601_000, 1_800_000, 1_801_000, 3_600_000
    };

    private static final int[] SIZES = {-1, 0, 1, 2, 5, 10, 20, 50};

    /**
     * maximumPoolSize, minimumIdle, connectionTimeout, validationTimeout, idleTimeout, maxLifetime, keepaliveTime,
     * leakDetectionThreshold.
     */
    private record Settings(
            int max,
            int minIdle,
            long connection,
            long validation,
            long idle,
            long lifetime,
            long keepalive,
            long leak) {}

    @Test
    void hikariConfigAndLifeguard_agreeOnRefusalsAndOnEveryEffectiveValue() {
        int refused = 0;
        int adjusted = 0;
        List<Settings> sets = settings();
        for (Settings s : sets) {
            String realRefusal = null;
            HikariConfig real = new HikariConfig();
            try {
                real.setMaximumPoolSize(s.max());
                real.setMinimumIdle(s.minIdle());
                real.setConnectionTimeout(s.connection());
                real.setValidationTimeout(s.validation());
                real.setIdleTimeout(s.idle());
                real.setMaxLifetime(s.lifetime());
                real.setKeepaliveTime(s.keepalive());
                real.setLeakDetectionThreshold(s.leak());
                real.setPoolName("differential");
                real.setJdbcUrl("jdbc:none:never-connected");
                real.validate();
            } catch (IllegalArgumentException e) {
                realRefusal = e.getMessage();
            }
            String ourRefusal = null;
            EffectivePool ours = null;
            try {
                ours = new HikariPoolConfig(
                                null,
                                s.max(),
                                s.minIdle(),
                                s.connection(),
                                s.idle(),
                                s.lifetime(),
                                s.keepalive(),
                                s.leak(),
                                s.validation())
                        .effective();
            } catch (IllegalArgumentException e) {
                ourRefusal = e.getMessage();
            }
            assertThat(ourRefusal == null)
                    .as("%s refused by HikariConfig (%s) and by Lifeguard (%s)", s, realRefusal, ourRefusal)
                    .isEqualTo(realRefusal == null);
            if (realRefusal != null) {
                refused++;
                assertThat(ourRefusal).as("%s", s).endsWith(": " + realRefusal);
                continue;
            }
            HikariPoolConfig e = ours.hikari();
            assertThat(List.of(
                            e.maximumPoolSize(),
                            e.minimumIdle(),
                            e.connectionTimeout(),
                            e.validationTimeout(),
                            e.idleTimeout(),
                            e.maxLifetime(),
                            e.keepaliveTime(),
                            e.leakDetectionThreshold()))
                    .as("%s effective values", s)
                    .isEqualTo(List.of(
                            real.getMaximumPoolSize(),
                            real.getMinimumIdle(),
                            real.getConnectionTimeout(),
                            real.getValidationTimeout(),
                            real.getIdleTimeout(),
                            real.getMaxLifetime(),
                            real.getKeepaliveTime(),
                            real.getLeakDetectionThreshold()));
            // Every value HikariCP changed, and only those, is reported.
            long changed = ours.adjustments().size();
            long differing = countDiffering(s, e);
            assertThat(changed).as("%s adjustments %s", s, ours.warnings()).isEqualTo(differing);
            adjusted += changed > 0 ? 1 : 0;
        }
        assertThat(sets).hasSizeGreaterThanOrEqualTo(200);
        assertThat(refused).as("refused sets").isGreaterThan(20);
        assertThat(adjusted).as("adjusted sets").isGreaterThan(40);
        assertThat(sets.size() - refused - adjusted).as("sets taken unchanged").isGreaterThan(5);
    }

    private static long countDiffering(Settings s, HikariPoolConfig e) {
        long[] asked = {
            s.max(), s.minIdle(), s.connection(), s.validation(), s.idle(), s.lifetime(), s.keepalive(), s.leak()
        };
        long[] used = {
            e.maximumPoolSize(),
            e.minimumIdle(),
            e.connectionTimeout(),
            e.validationTimeout(),
            e.idleTimeout(),
            e.maxLifetime(),
            e.keepaliveTime(),
            e.leakDetectionThreshold()
        };
        long n = 0;
        for (int i = 0; i < asked.length; i++) {
            n += asked[i] != used[i] ? 1 : 0;
        }
        return n;
    }

    /** The cases first, then 240 seeded draws that mix edge values with HikariCP's defaults. */
    private static List<Settings> settings() {
        List<Settings> out = new ArrayList<>(List.of(
                new Settings(10, 10, 250, 5_000, 600_000, 1_800_000, 120_000, 0),
                new Settings(10, 10, 500, 5_000, 600_000, 1_800_000, 120_000, 0),
                new Settings(10, 10, 249, 5_000, 600_000, 1_800_000, 120_000, 0),
                new Settings(10, 10, 30_000, 40_000, 600_000, 1_800_000, 120_000, 0),
                new Settings(10, 10, 30_000, 5_000, 600_000, 10_000, 120_000, 0),
                new Settings(10, 20, 30_000, 5_000, 600_000, 1_800_000, 120_000, 0),
                new Settings(10, 10, 30_000, 5_000, 600_000, 1_800_000, 120_000, 1_000),
                new Settings(10, 10, 30_000, 5_000, 600_000, 1_800_000, 10_000, 0),
                new Settings(10, 2, 30_000, 5_000, 5_000, 300_000, 120_000, 0),
                new Settings(10, 10, 0, 5_000, 600_000, 0, 0, 0)));
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 240; i++) {
            int max = random.nextInt(4) == 0 ? SIZES[random.nextInt(SIZES.length)] : 1 + random.nextInt(40);
            int minIdle = switch (random.nextInt(5)) {
                case 0 -> SIZES[random.nextInt(SIZES.length)];
                case 1 -> max;
                case 2 -> max + 1 + random.nextInt(10);
                default -> random.nextInt(Math.max(1, max));
            };
            out.add(new Settings(
                    max,
                    minIdle,
                    time(random, 30_000),
                    time(random, 5_000),
                    time(random, 600_000),
                    time(random, 1_800_000),
                    time(random, 120_000),
                    time(random, 0)));
        }
        return out;
    }

    /** HikariCP's default half the time, else an edge value or (rarely) any value up to an hour. */
    private static long time(SplittableRandom random, long fallback) {
        int pick = random.nextInt(10);
        return pick < 5 ? fallback : pick < 9 ? TIMES[random.nextInt(TIMES.length)] : random.nextLong(3_600_000);
    }
}
