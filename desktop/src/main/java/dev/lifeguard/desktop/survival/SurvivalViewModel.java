package dev.lifeguard.desktop.survival;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.whatif.FieldEdits;
import dev.lifeguard.desktop.whatif.PoolFields;
import dev.lifeguard.desktop.whatif.PoolSetting;
import dev.lifeguard.desktop.workbench.regress.RegressionCase;
import dev.lifeguard.desktop.workbench.regress.RegressionReport;
import dev.lifeguard.desktop.workbench.regress.RegressionSuite;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.json.PoolFile;
import dev.lifeguard.incident.pool.PoolConfig;
import dev.lifeguard.incident.store.IncidentStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Would this config have survived?": a proposed pool (an incident's recorded one, or a POOL.json opened or pasted,
 * then edited field by field under the What-if lab's rules) replayed against every past incident in the store by the
 * same {@link RegressionSuite} as {@code regress}, in the background on the app's one executor, with progress and
 * cancel. Confined to the FX thread; imports no scene or stage.
 */
public final class SurvivalViewModel {

    private final IncidentStore store;
    private final TaskExecutor executor;
    private final MessageCenter messages;
    private final RegressionSuite suite;
    private final int threads;

    // Properties: the proposal
    private final ObjectProperty<PoolConfig> pool = new SimpleObjectProperty<>();
    private final FieldEdits fields = PoolFields.edits(pool);
    private final ObservableList<PoolSetting> settings = FXCollections.observableArrayList();
    private final ObservableList<RecordedPool> recordedPools = FXCollections.observableArrayList();
    private final StringProperty service = new SimpleStringProperty();
    private final ObservableList<String> services = FXCollections.observableArrayList();

    // Properties: the run
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ranWith = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RegressionReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SurvivalRow> rows = FXCollections.observableArrayList();
    private BackgroundTask<RegressionReport> task;

    /** Replays run on {@code threads} workers inside one task of {@code executor}. */
    public SurvivalViewModel(
            IncidentStore store, TaskExecutor executor, MessageCenter messages, RegressionSuite suite, int threads) {
        this.store = requireNonNull(store, "store");
        this.executor = requireNonNull(executor, "executor");
        this.messages = requireNonNull(messages, "messages");
        this.suite = requireNonNull(suite, "suite");
        this.threads = Math.max(1, threads);
        pool.addListener((o, was, now) -> settings.setAll(now == null ? List.of() : PoolFields.of(now)));
    }

    // Commands

    /** Reads the store's recorded pools and services in the background, for the pickers. */
    public void load() {
        BackgroundTask.of("Reading the library's pools", () -> suite.cases(store))
                .onSuccess(cases -> {
                    recordedPools.setAll(cases.stream()
                            .map(RegressionCase::incident)
                            .filter(i -> i.pool() != null)
                            .map(i -> new RecordedPool(i.id(), i.title(), i.pool()))
                            .toList());
                    services.setAll(cases.stream()
                            .flatMap(c -> c.incident().services().stream())
                            .map(String::trim)
                            .collect(Collectors.toCollection(TreeSet::new)));
                })
                .onFailure(e -> messages.error("Reading the library's pools", e))
                .executeWith(executor);
    }

    /** Proposes {@code recorded}'s pool (its fields start over). */
    public void use(RecordedPool recorded) {
        propose(recorded.pool());
    }

    /**
     * Proposes the pool in {@code json} (a scenario's {@code pool} object, as {@code regress --pool} reads it).
     *
     * @return why it cannot be read (line, column, field), or empty when it is proposed
     */
    public Optional<String> usePoolText(String json) {
        try {
            propose(PoolFile.read(json, "pasted pool"));
            return Optional.empty();
        } catch (DocumentException e) {
            problem.set(e.getMessage());
            return Optional.of(e.getMessage());
        }
    }

    /** Reads a POOL.json file in the background and proposes its pool; a bad file is reported by name. */
    public void open(Path file) {
        BackgroundTask.of("Opening " + file.getFileName(), () -> PoolFile.read(file))
                .onSuccess(this::propose)
                .onFailure(e -> problem.set(e.getMessage()))
                .executeWith(executor);
    }

    /** Commits the text of pool field {@code key}; a refused text stays marked and blocks {@link #run()}. */
    public Optional<String> edit(String key, String text) {
        return fields.commit(key, text);
    }

    /**
     * Replays every incident in scope against the proposed pool in the background. Nothing runs while there is no
     * pool, a field is refused, or a run is going on; {@link #problemProperty()} says why.
     */
    public void run() {
        PoolConfig proposed = pool.get();
        if (proposed == null) {
            problem.set("Choose a pool first: an incident's recorded pool, or open or paste a POOL.json.");
            return;
        }
        if (!fields.rejected().isEmpty()) {
            problem.set("Fix or revert the refused settings first: "
                    + fields.rejected().values().stream()
                            .map(FieldEdits.Rejection::message)
                            .collect(Collectors.joining("; ")));
            return;
        }
        if (task != null) {
            return;
        }
        problem.set("");
        String scope = service.get() == null || service.get().isBlank() ? null : service.get();
        running.set(true);
        progress.set(0);
        BackgroundTask<RegressionReport> started = BackgroundTask.wrap(
                "Would this config have survived?",
                sink -> suite.runCases(suite.cases(store), proposed, scope, threads, sink::update, sink::isCancelled));
        task = started;
        started.progressProperty().addListener((o, was, now) -> progress.set(Math.max(0, now.doubleValue())));
        started.messageProperty().addListener((o, was, now) -> progressMessage.set(now));
        started.onSuccess(this::show)
                .onCancelled(() -> progressMessage.set("Cancelled: nothing was kept from the unfinished run."))
                .onFailure(e -> messages.error("Would this config have survived?", e))
                .onFinished(() -> {
                    task = null;
                    running.set(false);
                })
                .executeWith(executor);
    }

    /** Stops the run going on, if any. */
    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    private void propose(PoolConfig proposed) {
        fields.clear();
        problem.set("");
        pool.set(proposed);
    }

    private void show(RegressionReport done) {
        ranWith.set(RanWith.describe(done));
        rows.setAll(done.replays().stream().map(SurvivalRow::of).toList());
        long exhausting = done.replays().stream().filter(r -> !r.survives()).count();
        String skipped = done.skipped().isEmpty() ? "" : "; " + done.skipped().size() + " without a recorded load";
        verdict.set(
                exhausting == 0
                        ? "Every replayed incident survives (" + done.replays().size() + ")" + skipped
                        : exhausting + " of " + done.replays().size() + " incidents would still exhaust the pool"
                                + skipped);
        progressMessage.set(done.replays().size() + " incidents replayed");
        report.set(done);
    }

    // Properties

    /** The proposed pool ({@code null} until one is chosen); its fields edit it. */
    public ReadOnlyObjectProperty<PoolConfig> poolProperty() {
        return pool;
    }

    /** The proposed pool's settings, in the lab's order; replaced when another pool is chosen. */
    public ObservableList<PoolSetting> settings() {
        return settings;
    }

    /** The typed fields: what each shows, and those refused. */
    public FieldEdits fields() {
        return fields;
    }

    /** The pools the library's incidents recorded. */
    public ObservableList<RecordedPool> recordedPools() {
        return recordedPools;
    }

    /** Only incidents naming this service ({@code null}: all). */
    public StringProperty serviceProperty() {
        return service;
    }

    /** The services the library's incidents name. */
    public ObservableList<String> services() {
        return services;
    }

    /** True while replays run. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Share of the replays done, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What runs now, or how the last run ended. */
    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage.getReadOnlyProperty();
    }

    /** Why nothing runs, or a pool could not be read; "" when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The settings and scope the results shown were produced with. */
    public ReadOnlyStringProperty ranWithProperty() {
        return ranWith.getReadOnlyProperty();
    }

    /** How many incidents would still exhaust, in words. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The last finished run's report ({@code null} before one). */
    public ReadOnlyObjectProperty<RegressionReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** One row per replayed incident of the last finished run. */
    public ObservableList<SurvivalRow> rows() {
        return rows;
    }
}
