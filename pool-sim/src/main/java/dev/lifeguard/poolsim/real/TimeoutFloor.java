package dev.lifeguard.poolsim.real;

import java.lang.reflect.Field;

/**
 * Lowers HikariCP's 250 ms floor on connectionTimeout and validationTimeout so compressed timeouts stay
 * exact. HikariCP reads the system property {@code com.zaxxer.hikari.timeoutMs.floor} once, when
 * {@code HikariConfig} loads, so this must run before anything else in the JVM touches HikariCP; if it
 * is too late, the floor in force is reported and compression honours it.
 */
final class TimeoutFloor {

    static final String PROPERTY = "com.zaxxer.hikari.timeoutMs.floor";
    private static final long FLOOR;

    static {
        // The lock HikariCP and Lifeguard's settings check (HikariConfigProbe) take around JVM-wide properties.
        synchronized (System.getProperties()) {
            if (System.getProperty(PROPERTY) == null) {
                System.setProperty(PROPERTY, "1");
            }
        }
        FLOOR = readFloor();
    }

    private TimeoutFloor() {}

    /** Makes sure the floor is lowered (if still possible) and returns the floor in force, in ms. */
    static long lower() {
        return FLOOR;
    }

    private static long readFloor() {
        try {
            Class<?> config = Class.forName("com.zaxxer.hikari.HikariConfig");
            Field floor = config.getDeclaredField("SOFT_TIMEOUT_FLOOR");
            floor.setAccessible(true);
            return floor.getLong(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Another HikariCP build: trust the property if it was ours to set, else HikariCP's documented floor.
            return Long.getLong(PROPERTY, 250L);
        }
    }
}
