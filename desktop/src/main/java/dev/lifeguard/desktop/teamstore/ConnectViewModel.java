package dev.lifeguard.desktop.teamstore;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.IncidentStores;
import dev.lifeguard.incident.store.PostgresTarget;
import dev.lifeguard.incident.store.PostgresUri;
import dev.lifeguard.incident.store.StoreLocation;
import dev.lifeguard.incident.store.StoreOptions;
import dev.lifeguard.incident.store.StoreTarget;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * File › Connect to team store…: a PostgreSQL URI (or host, port, database and user), a password typed apart, or an
 * SQLite file; the recent stores (never with a password) to pick from. Connecting runs off the UI thread; an error
 * names the server and the cause, never the password, and the dialog stays open to correct it.
 */
public final class ConnectViewModel {

    private final TaskExecutor executor;
    private final StoreOptions options;
    private final Function<String, StoreTarget> resolver;
    private final List<String> recent;
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper connecting = new ReadOnlyBooleanWrapper();

    /**
     * @param resolver turns what was typed into a target, a missing password from PGPASSWORD or ~/.pgpass
     *                 ({@link StoreLocation#target(String)} in the console)
     * @param recent   the recent stores from the preferences, newest first
     */
    public ConnectViewModel(
            TaskExecutor executor, StoreOptions options, Function<String, StoreTarget> resolver, List<String> recent) {
        this.executor = requireNonNull(executor, "executor");
        this.options = requireNonNull(options, "options");
        this.resolver = requireNonNull(resolver, "resolver");
        this.recent = List.copyOf(recent);
        if (!this.recent.isEmpty()) {
            location.set(this.recent.get(0));
        }
    }

    /**
     * What to open: the URI or path typed, else a URI built from host, port, database and user; the password
     * typed apart replaces any other.
     *
     * @throws IllegalArgumentException naming the field when nothing usable was typed
     */
    public StoreTarget target() {
        String typed = location.get().strip();
        if (typed.isEmpty()) {
            if (host.get().isBlank() || database.get().isBlank()) {
                throw new IllegalArgumentException(
                        "type a postgresql:// URI or an SQLite file, or at least 'host' and 'database'");
            }
            typed = "postgresql://"
                    + (user.get().isBlank() ? "" : encode(user.get().strip()) + "@")
                    + host.get().strip()
                    + (port.get().isBlank() ? "" : ":" + port.get().strip()) + "/"
                    + encode(database.get().strip());
        }
        StoreTarget target = resolver.apply(typed);
        if (target instanceof PostgresTarget pg && !password.get().isEmpty()) {
            return pg.withPassword(password.get());
        }
        return target;
    }

    /**
     * Opens the store off the UI thread; {@code connected} gets it (on the UI thread) once it is open and migrated.
     *
     * @return false, with {@link #problemProperty()} saying why, when what was typed is not a store
     */
    public boolean connect(Consumer<IncidentStore> connected) {
        StoreTarget target;
        try {
            target = target();
        } catch (IllegalArgumentException e) {
            problem.set(safe(e.getMessage()));
            return false;
        }
        problem.set("");
        connecting.set(true);
        BackgroundTask.of("Connecting to " + target.display(), () -> IncidentStores.open(target, options))
                .onSuccess(store -> {
                    connecting.set(false);
                    connected.accept(store);
                })
                .onFailure(e -> {
                    connecting.set(false);
                    problem.set(safe(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                })
                .executeWith(executor);
        return true;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A message with every form of the typed password masked (the store's messages already leave it out). */
    private String safe(String message) {
        String masked = PostgresUri.redact(message);
        String typed = password.get();
        return typed.isEmpty() ? masked : masked.replace(typed, "***");
    }

    // ---- Properties -------------------------------------------------------------------------------

    /** The URI or SQLite path. */
    public StringProperty locationProperty() {
        return location;
    }

    /** The server, when no URI is typed. */
    public StringProperty hostProperty() {
        return host;
    }

    /** The port (5432 when blank). */
    public StringProperty portProperty() {
        return port;
    }

    /** The database. */
    public StringProperty databaseProperty() {
        return database;
    }

    /** The user (the OS user when blank). */
    public StringProperty userProperty() {
        return user;
    }

    /** The password: used for this connection only, never remembered. */
    public StringProperty passwordProperty() {
        return password;
    }

    /** Why the last attempt failed, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while connecting. */
    public ReadOnlyBooleanProperty connectingProperty() {
        return connecting.getReadOnlyProperty();
    }

    /** The recent stores, newest first. */
    public List<String> recent() {
        return recent;
    }
}
