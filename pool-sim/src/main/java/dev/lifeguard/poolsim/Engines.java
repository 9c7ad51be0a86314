package dev.lifeguard.poolsim;

import dev.lifeguard.poolsim.real.RealEngine;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The engines a run can use, by name. The real engine is built in; other engines (the virtual one)
 * register with {@link #register} or are found through {@link ServiceLoader} as {@link SimulationEngine}s.
 */
public final class Engines {

    /** The engine used when none is named. */
    public static final String DEFAULT = "real";

    private static final Map<String, Supplier<SimulationEngine>> ENGINES = new TreeMap<>();

    static {
        register("real", RealEngine::new);
        for (SimulationEngine engine : ServiceLoader.load(SimulationEngine.class)) {
            Class<? extends SimulationEngine> type = engine.getClass();
            register(engine.name(), () -> newInstance(type));
        }
    }

    private Engines() {}

    /** Makes {@code factory}'s engines available as {@code name} (replacing any earlier one). */
    public static synchronized void register(String name, Supplier<SimulationEngine> factory) {
        ENGINES.put(name, factory);
    }

    /** The names of the available engines, sorted. */
    public static synchronized Set<String> names() {
        return Set.copyOf(ENGINES.keySet());
    }

    /**
     * A new engine called {@code name}.
     *
     * @throws IllegalArgumentException naming the available engines when there is none by that name
     */
    public static synchronized SimulationEngine create(String name) {
        Supplier<SimulationEngine> factory = ENGINES.get(name);
        if (factory == null) {
            throw new IllegalArgumentException(
                    "no engine '" + name + "'; available: " + String.join(", ", ENGINES.keySet()));
        }
        return factory.get();
    }

    private static SimulationEngine newInstance(Class<? extends SimulationEngine> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create engine " + type.getName(), e);
        }
    }
}
