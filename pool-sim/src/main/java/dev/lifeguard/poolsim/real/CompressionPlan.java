package dev.lifeguard.poolsim.real;

import dev.lifeguard.poolsim.result.Distortion;
import java.util.List;

/**
 * HikariCP settings for one run at {@code speed}, in real milliseconds, and what compression bends.
 *
 * @param speed                  simulated seconds per real second
 * @param connectionTimeout      {@code connectionTimeout} to configure
 * @param validationTimeout      {@code validationTimeout} to configure
 * @param idleTimeout            {@code idleTimeout} to set once the pool runs (0: leave HikariCP's choice)
 * @param maxLifetime            {@code maxLifetime} to set once the pool runs (0: infinite)
 * @param keepaliveTime          {@code keepaliveTime} to set once the pool runs (0: off)
 * @param leakDetectionThreshold {@code leakDetectionThreshold} to set once the pool runs (0: off)
 * @param housekeepingMs         the housekeeper period
 *                               (system property {@code com.zaxxer.hikari.housekeeping.periodMs})
 * @param aliveBypassMs          the validation bypass window ({@code com.zaxxer.hikari.aliveBypassWindowMs})
 * @param distortions            what could not be compressed and matters for this scenario
 */
record CompressionPlan(
        double speed,
        long connectionTimeout,
        long validationTimeout,
        long idleTimeout,
        long maxLifetime,
        long keepaliveTime,
        long leakDetectionThreshold,
        long housekeepingMs,
        long aliveBypassMs,
        List<Distortion> distortions) {

    CompressionPlan {
        distortions = List.copyOf(distortions);
    }
}
