package dev.lifeguard.incident.pool;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Filter;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * HikariCP's own {@code HikariConfig}, loaded privately, asked what it makes of a set of settings: its
 * setters say what it refuses and {@code validate()} what it silently changes. Nothing connects: the
 * config gets a placeholder jdbcUrl and a pool name, and no pool is ever built from it.
 *
 * <p>Why a private copy of the class: HikariCP reads its timeout floor from the system property
 * {@code com.zaxxer.hikari.timeoutMs.floor} once, when {@code HikariConfig} loads, and Lifeguard's real
 * engine lowers that property for the whole JVM to compress time. The settings a user's production pool
 * accepts are those of HikariCP as shipped, so this copy is loaded from the same class files with the
 * property at HikariCP's default, whatever the application's own copy was given.
 */
final class HikariConfigProbe {

    private static final String FLOOR_PROPERTY = "com.zaxxer.hikari.timeoutMs.floor";
    private static final String CONFIG_CLASS = "com.zaxxer.hikari.HikariConfig";
    /** Never used to connect: validate() only asks that some source of connections is named. */
    private static final String PLACEHOLDER_URL = "jdbc:lifeguard:settings-check-only";
    /**
     * Set so validate() does not draw the next JVM-wide "HikariPool-N" number from the real pools, and so
     * the warnings it logs for this check can be told from a real pool's.
     */
    private static final String PLACEHOLDER_NAME = "lifeguard-settings-check";
    /** Held strongly: java.util.logging forgets a logger's filter when nothing references the logger. */
    private static final Logger CONFIG_LOG = Logger.getLogger(CONFIG_CLASS);

    /** The numeric settings Lifeguard models, as HikariConfig names them, in the order they are set. */
    static final List<String> PROPERTIES = List.of(
            "maximumPoolSize",
            "minimumIdle",
            "connectionTimeout",
            "validationTimeout",
            "idleTimeout",
            "maxLifetime",
            "keepaliveTime",
            "leakDetectionThreshold");

    private static final Set<String> INT_PROPERTIES = Set.of("maximumPoolSize", "minimumIdle");

    private static final Class<?> CONFIG = loadPrivateCopy();
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();
    private static final Map<String, MethodHandle> SETTERS = accessors(true);
    private static final Map<String, MethodHandle> GETTERS = accessors(false);
    private static final MethodHandle SET_POOL_NAME = method("setPoolName", void.class, String.class);
    private static final MethodHandle SET_JDBC_URL = method("setJdbcUrl", void.class, String.class);
    private static final MethodHandle VALIDATE = method("validate", void.class);

    /** HikariCP's release, from its own Maven metadata, e.g. {@code "HikariCP 7.1.0"}. */
    static final String LIBRARY = "HikariCP" + version().map(v -> " " + v).orElse("");
    /** HikariCP's floor on connectionTimeout and validationTimeout as shipped, from the private copy. */
    static final long TIMEOUT_FLOOR_MS = readFloor();

    private HikariConfigProbe() {}

    /**
     * What one HikariConfig makes of the settings.
     *
     * @param refusedSetting the first setting HikariCP refused ({@code null} when it accepted them all)
     * @param reason         HikariCP's own message for the refusal
     * @param effective      the values HikariCP will use, by property name ({@code null} when refused)
     */
    record Outcome(
            @Nullable String refusedSetting,
            @Nullable String reason,
            @Nullable Map<String, Long> effective) {

        /** The values HikariCP will use; only for settings it accepted. */
        Map<String, Long> accepted() {
            if (effective == null) {
                throw new IllegalStateException("HikariCP refused " + refusedSetting + ": " + reason);
            }
            return effective;
        }
    }

    /** The value of {@code property} in values read from a HikariConfig; each of its properties is there. */
    static long value(Map<String, Long> values, String property) {
        Long value = values.get(property);
        if (value == null) {
            throw new IllegalStateException("HikariConfig has no property " + property + " (" + values.keySet() + ")");
        }
        return value;
    }

    /** A fresh HikariConfig's values, by property name; an unset minimumIdle is −1. */
    static Map<String, Long> defaults() {
        return read(newConfig());
    }

    /**
     * Runs HikariConfig's setters over {@code requested} (HikariCP property names, in the order given),
     * then its validate().
     */
    static Outcome check(Map<String, Long> requested) {
        Object config = newConfig();
        for (Map.Entry<String, Long> setting : requested.entrySet()) {
            String refusal = invoke(config, setter(setting.getKey()), narrow(setting.getKey(), setting.getValue()));
            if (refusal != null) {
                return new Outcome(setting.getKey(), refusal, null);
            }
        }
        invoke(config, SET_POOL_NAME, PLACEHOLDER_NAME);
        invoke(config, SET_JDBC_URL, PLACEHOLDER_URL);
        String refusal = invoke(config, VALIDATE);
        if (refusal != null) {
            throw new IllegalStateException("HikariConfig.validate() refused the settings check itself: " + refusal);
        }
        return new Outcome(null, null, read(config));
    }

    private static MethodHandle setter(String property) {
        MethodHandle setter = SETTERS.get(property);
        if (setter == null) {
            throw new IllegalArgumentException("HikariCP has no setting " + property + " (it has " + PROPERTIES + ")");
        }
        return setter;
    }

    private static Object narrow(String property, long value) {
        return INT_PROPERTIES.contains(property) ? (Object) Math.toIntExact(value) : (Object) value;
    }

    private static Map<String, Long> read(Object config) {
        Map<String, Long> values = new LinkedHashMap<>();
        GETTERS.forEach((property, getter) -> {
            try {
                values.put(property, ((Number) getter.invoke(config)).longValue());
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read HikariConfig's " + property + ": " + e, e);
            }
        });
        return values;
    }

    private static Object newConfig() {
        try {
            return CONFIG.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create HikariCP's HikariConfig: " + e, e);
        }
    }

    /** Calls a setter or validate(); returns HikariCP's reason when it refuses, else null. */
    private static @Nullable String invoke(Object config, MethodHandle method, Object... args) {
        try {
            Object[] all = new Object[args.length + 1];
            all[0] = config;
            System.arraycopy(args, 0, all, 1, args.length);
            method.invokeWithArguments(all);
            return null;
        } catch (IllegalArgumentException | IllegalStateException refused) {
            return refused.getMessage();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot call HikariConfig: " + e, e);
        }
    }

    private static MethodHandle method(String name, Class<?> returns, Class<?>... parameters) {
        try {
            return LOOKUP.findVirtual(CONFIG, name, MethodType.methodType(returns, parameters));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("HikariCP's HikariConfig has no " + name + ": " + e, e);
        }
    }

    private static Map<String, MethodHandle> accessors(boolean setters) {
        Map<String, MethodHandle> out = new LinkedHashMap<>();
        for (String property : PROPERTIES) {
            Class<?> type = INT_PROPERTIES.contains(property) ? int.class : long.class;
            String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
            out.put(property, setters ? method("set" + suffix, void.class, type) : method("get" + suffix, type));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Loads HikariCP's classes again from the application's class files, with the floor property cleared
     * while HikariConfig initialises. HikariCP itself guards JVM-wide properties by locking
     * {@code System.getProperties()}, so this takes the same lock.
     */
    private static Class<?> loadPrivateCopy() {
        quietChecks();
        ClassLoader app = HikariConfigProbe.class.getClassLoader();
        ClassLoader copy = new PrivateHikariLoader(app);
        synchronized (System.getProperties()) {
            String floor = System.getProperty(FLOOR_PROPERTY);
            System.clearProperty(FLOOR_PROPERTY);
            try {
                return Class.forName(CONFIG_CLASS, true, copy);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("HikariCP is not on the class path: " + e.getMessage(), e);
            } finally {
                if (floor != null) {
                    System.setProperty(FLOOR_PROPERTY, floor);
                }
            }
        }
    }

    /**
     * HikariCP logs each change validate() makes; for these checks the result reports them as adjustments,
     * so its lines for the placeholder pool are dropped (with the slf4j-jdk14 binding Lifeguard ships).
     */
    private static void quietChecks() {
        Filter previous = CONFIG_LOG.getFilter();
        CONFIG_LOG.setFilter(record -> {
            // slf4j-jdk14 hands over the formatted line: "<poolName> - <what changed>".
            boolean check = record.getMessage() != null && record.getMessage().startsWith(PLACEHOLDER_NAME + " - ");
            return !check && (previous == null || previous.isLoggable(record));
        });
    }

    private static long readFloor() {
        try {
            Field floor = CONFIG.getDeclaredField("SOFT_TIMEOUT_FLOOR");
            floor.setAccessible(true);
            return floor.getLong(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // A HikariCP build without the field: its setters still enforce their floor, but it cannot be stated.
            throw new IllegalStateException("cannot read HikariCP's timeout floor: " + e, e);
        }
    }

    private static Optional<String> version() {
        try (InputStream in = HikariConfigProbe.class
                .getClassLoader()
                .getResourceAsStream("META-INF/maven/com.zaxxer/HikariCP/pom.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties pom = new Properties();
            pom.load(in);
            return Optional.ofNullable(pom.getProperty("version"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Defines {@code com.zaxxer.hikari.*} itself from the parent's class files; everything else is shared. */
    private static final class PrivateHikariLoader extends ClassLoader {

        PrivateHikariLoader(ClassLoader parent) {
            super("lifeguard-hikari-settings-check", parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("com.zaxxer.hikari.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        loaded = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
