package dev.lifeguard.desktop.whatif;

import dev.lifeguard.desktop.workbench.counterfactual.Inference;
import dev.lifeguard.poolsim.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The lab's typed fields (pool, database, request, inferred): each commit is parsed and applied to the scenario;
 * one the model refuses keeps its text on screen with the model's reason, and the lab does not run until it is
 * fixed or reverted, so the scenario that runs is never an older value than the one shown.
 */
public final class FieldEdits {

    /**
     * A commit the model refused.
     *
     * @param key    the field's key as the library spells it, e.g. {@code connectionTimeout}
     * @param text   what the person typed (what the field keeps showing)
     * @param reason the model's reason, naming the setting it is about
     */
    public record Rejection(String key, String text, String reason) {
        public Rejection {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("rejection 'key' is required");
            }
            text = text == null ? "" : text;
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("rejection of '" + key + "' needs a 'reason'");
            }
        }

        /** The line the lab shows: the field, what was typed, and why it was refused. */
        public String message() {
            return key + " = '" + text + "' rejected: " + reason;
        }
    }

    private static final String INFERRED = "inferred ";

    private final ObservableValue<Scenario> scenario;
    private final List<Inference> inferences;
    /** Sets a setting by key; returns the model's reason when it refuses the value. */
    private final BiFunction<String, Double, Optional<String>> set;
    /** Sets an inference's value; returns the model's reason when it refuses the value. */
    private final BiFunction<Inference, Double, Optional<String>> setInferred;

    private final ObservableMap<String, Rejection> rejected = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableMap<String, Rejection> rejectedView = FXCollections.unmodifiableObservableMap(rejected);

    FieldEdits(
            ObservableValue<Scenario> scenario,
            List<Inference> inferences,
            BiFunction<String, Double, Optional<String>> set,
            BiFunction<Inference, Double, Optional<String>> setInferred) {
        this.scenario = scenario;
        this.inferences = inferences;
        this.set = set;
        this.setInferred = setInferred;
    }

    /** The field key of inference {@code index} (0-based), e.g. {@code inferred 1}. */
    public static String inferenceKey(int index) {
        return INFERRED + (index + 1);
    }

    /** What the field of {@code setting} shows: its refused text, else the scenario's value. */
    public String text(PoolSetting setting) {
        return rejection(setting.key()).map(Rejection::text).orElse(setting.text());
    }

    /** What the field of inference {@code index} shows: its refused text, else the scenario's value. */
    public String inferenceText(int index) {
        return rejection(inferenceKey(index))
                .map(Rejection::text)
                .orElseGet(() -> PhaseRow.num(inferences.get(index).value(scenario.getValue())));
    }

    /**
     * Applies {@code text} to field {@code key}. A refusal keeps the text and the reason under the key; an
     * accepted value clears it and retries the other refused fields, since the change may be what they needed
     * (minimumIdle 20 refused under maximumPoolSize 10 is applied once the maximum is 30).
     *
     * @return the reason when the model refuses the value
     */
    public Optional<String> commit(String key, String text) {
        Optional<String> reason = apply(key, text);
        if (reason.isPresent()) {
            rejected.put(key, new Rejection(key, text, reason.get()));
            return reason;
        }
        rejected.remove(key);
        retry();
        return Optional.empty();
    }

    /** Forgets the refused text of {@code key}: the field shows the scenario's value again. */
    public void revert(String key) {
        rejected.remove(key);
    }

    /** Forgets every refused text (another scenario replaced the one they were typed into). */
    public void clear() {
        rejected.clear();
    }

    /** The refusal of field {@code key}, if its last commit was refused. */
    public Optional<Rejection> rejection(String key) {
        return Optional.ofNullable(rejected.get(key));
    }

    /** The refused fields, in the order they were refused. */
    public ObservableMap<String, Rejection> rejected() {
        return rejectedView;
    }

    /** Drops refused texts of fields {@code s} does not have (its pool is now in another library's terms). */
    void keepFieldsOf(Scenario s) {
        Set<String> keys = ScenarioSettings.of(s).stream().map(PoolSetting::key).collect(Collectors.toSet());
        rejected.keySet().removeIf(key -> !key.startsWith(INFERRED) && !keys.contains(key));
    }

    /** Applies a field's text to the scenario; returns the reason when it is not a value or the model refuses it. */
    private Optional<String> apply(String key, String text) {
        double value;
        try {
            value = PoolSetting.parse(key, text);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        if (key.startsWith(INFERRED)) {
            int index = Integer.parseInt(key.substring(INFERRED.length())) - 1;
            return index < inferences.size()
                    ? setInferred.apply(inferences.get(index), value)
                    : Optional.of("the incident's inferences changed; nothing to set");
        }
        return set.apply(key, value);
    }

    private void retry() {
        for (Map.Entry<String, Rejection> e : List.copyOf(rejected.entrySet())) {
            Optional<String> still = apply(e.getKey(), e.getValue().text());
            if (still.isEmpty()) {
                rejected.remove(e.getKey());
            } else if (!still.get().equals(e.getValue().reason())) {
                rejected.put(e.getKey(), new Rejection(e.getKey(), e.getValue().text(), still.get()));
            }
        }
    }
}
