package dev.lifeguard.poolsim.real;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * A real SQLite connection seen through the database model: once a restart has broken it every call
 * fails as PostgreSQL fails a terminated session, {@code isValid} answers false, and statements pay the
 * current latency spike. Closing it tells the model.
 */
final class ModelConnection implements InvocationHandler {

    private final SimulatedDatabase database;
    private final Connection real;
    private final long id;
    private final long openedAt;
    /** {@link #OPEN} until closed; then the simulated time it closed, which is negative before time 0. */
    private volatile long closedAt = OPEN;

    private volatile boolean held;

    /** {@code closedAt} of a connection still open (simulated times before time 0 are negative too). */
    static final long OPEN = Long.MIN_VALUE;

    private ModelConnection(SimulatedDatabase database, Connection real, long id, long openedAt) {
        this.database = database;
        this.real = real;
        this.id = id;
        this.openedAt = openedAt;
    }

    static Connection wrap(SimulatedDatabase database, Connection real, long id, long openedAt, ModelConnection[] out) {
        ModelConnection handler = new ModelConnection(database, real, id, openedAt);
        out[0] = handler;
        return (Connection) Proxy.newProxyInstance(
                ModelConnection.class.getClassLoader(), new Class<?>[] {Connection.class, ModelHandle.class}, handler);
    }

    long openedAt() {
        return openedAt;
    }

    long closedAt() {
        return closedAt;
    }

    boolean open() {
        return closedAt == OPEN;
    }

    @Override
    public @Nullable Object invoke(Object proxy, Method method, @Nullable Object @Nullable [] args) throws Throwable {
        String name = method.getName();
        switch (name) {
            case "connectionId":
                return id;
            case "inUse":
                held = (Boolean) required(args, method);
                return null;
            case "toString":
                // Shaped like a driver's own toString, as HikariCP prints it in leak warnings.
                return "org.sqlite.jdbc4.JDBC4Connection@" + Long.toHexString(0x5f000000L + id);
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == first(args, method);
            case "close":
            case "abort":
                closeOnce();
                return null;
            case "isClosed":
                return !open();
            case "unwrap":
                if (((Class<?>) required(args, method)).isInstance(proxy)) {
                    return proxy;
                }
                break;
            case "isWrapperFor":
                if (((Class<?>) required(args, method)).isInstance(proxy)) {
                    return true;
                }
                break;
            case "isValid":
                if (database.broken(openedAt)) {
                    return false;
                }
                break;
            default:
                if (database.broken(openedAt)) {
                    throw database.terminated();
                }
                if (name.startsWith("prepare") || (name.startsWith("create") && name.endsWith("Statement"))) {
                    database.statementDelay();
                }
        }
        try {
            return method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The first argument of a method that takes one (the proxy passes null for a method without any). */
    private static @Nullable Object first(@Nullable Object @Nullable [] args, Method method) {
        if (args == null || args.length == 0) {
            throw new IllegalArgumentException("Connection." + method.getName() + " called without its argument");
        }
        return args[0];
    }

    /** The first argument, which must not be null (a flag, or the class asked about). */
    private static Object required(@Nullable Object @Nullable [] args, Method method) {
        Object arg = first(args, method);
        if (arg == null) {
            throw new IllegalArgumentException("Connection." + method.getName() + " called with null");
        }
        return arg;
    }

    /** Closes the real connection once; later calls do nothing. */
    void closeOnce() {
        synchronized (this) {
            if (!open()) {
                return;
            }
            closedAt = database.clockNow();
        }
        try {
            real.close();
        } catch (SQLException e) {
            // The model's bookkeeping matters, not SQLite's complaint about an already broken handle.
        }
        database.closed(this, held);
    }
}
