package dev.lifeguard.incident.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Words each change HikariCP's {@code validate()} made as a warning. Which values changed, and to what,
 * comes from HikariCP itself (requested against effective); only the explanation is written here, after
 * the reasons HikariCP logs for each change ({@code HikariConfig.validateNumerics()}).
 */
final class HikariAdjustments {

    private HikariAdjustments() {}

    static List<PoolAdjustment> between(Map<String, Long> requested, Map<String, Long> effective, String library) {
        List<PoolAdjustment> out = new ArrayList<>();
        for (Map.Entry<String, Long> e : requested.entrySet()) {
            String setting = e.getKey();
            long asked = e.getValue();
            long used = HikariConfigProbe.value(effective, setting);
            if (asked != used) {
                out.add(new PoolAdjustment(
                        setting,
                        asked,
                        used,
                        setting + " " + asked + " " + reason(setting, asked, used, requested, effective) + ": "
                                + library + (used == 0 && asked != 0 ? " disables it (uses 0)" : " uses " + used)));
            }
        }
        return List.copyOf(out);
    }

    private static String reason(
            String setting, long asked, long used, Map<String, Long> requested, Map<String, Long> effective) {
        long lifetime = HikariConfigProbe.value(effective, "maxLifetime");
        return switch (setting) {
            case "connectionTimeout" -> asked == 0 ? "means no timeout" : "is below the floor";
            case "maxLifetime" -> "is below 30000";
            case "keepaliveTime" -> asked < 30_000 ? "is below 30000" : "is not below maxLifetime " + lifetime;
            case "leakDetectionThreshold" -> asked < 2_000 ? "is below 2000" : "is above maxLifetime " + lifetime;
            case "minimumIdle" -> "is above maximumPoolSize " + requested.get("maximumPoolSize");
            case "idleTimeout" ->
                used == 0 ? "is within 1 s of maxLifetime " + lifetime + " or above it" : "is below 10000";
            default -> "is not kept";
        };
    }
}
