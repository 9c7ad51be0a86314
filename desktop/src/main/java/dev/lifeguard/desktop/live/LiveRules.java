package dev.lifeguard.desktop.live;

import dev.lifeguard.poolsim.scenario.SimDuration;
import dev.lifeguard.watch.AlertMetric;
import dev.lifeguard.watch.AlertRule;
import dev.lifeguard.watch.AlertSeverity;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Live view's alert rules, starting from the hazard log's ({@link AlertRule#defaults()}). Every edit is
 * checked before it lands; a rejected edit leaves the rule as it was and says which field was wrong.
 */
public final class LiveRules {

    /** A column of the rule table, with the name messages use for it. */
    public enum Field {
        NAME("Name"),
        METRIC("Metric"),
        THRESHOLD("Threshold"),
        HOLD("For"),
        SEVERITY("Severity");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        /** The column's name. */
        public String label() {
            return label;
        }
    }

    private final ObservableList<RuleSetting> rules = FXCollections.observableArrayList();
    /** Read-only view, made once: a wrapper made per call would drop its listeners when collected. */
    private final ObservableList<RuleSetting> rulesView = FXCollections.unmodifiableObservableList(rules);

    public LiveRules() {
        resetToDefaults();
    }

    /** The rules in table order. */
    public ObservableList<RuleSetting> rules() {
        return rulesView;
    }

    /** The rules a new watch applies: the enabled ones. */
    public List<AlertRule> active() {
        return rules.stream()
                .filter(RuleSetting::enabled)
                .map(RuleSetting::rule)
                .toList();
    }

    /** Puts back the hazard log's four rules, all enabled. */
    public void resetToDefaults() {
        rules.setAll(
                AlertRule.defaults().stream().map(r -> new RuleSetting(r, true)).toList());
    }

    /** Adds an enabled rule (waiting threads for one minute, warning) under a fresh name; returns its index. */
    public int add() {
        String name = "rule " + (rules.size() + 1);
        for (int n = rules.size() + 2; taken(name, -1); n++) {
            name = "rule " + n;
        }
        rules.add(new RuleSetting(
                new AlertRule(name, AlertMetric.PENDING, 0, Duration.ofMinutes(1), AlertSeverity.WARNING), true));
        return rules.size() - 1;
    }

    /** Removes the rule at {@code index}. */
    public void remove(int index) {
        if (index >= 0 && index < rules.size()) {
            rules.remove(index);
        }
    }

    /** Turns the rule at {@code index} on or off. */
    public void setEnabled(int index, boolean enabled) {
        if (index >= 0 && index < rules.size() && rules.get(index).enabled() != enabled) {
            rules.set(index, new RuleSetting(rules.get(index).rule(), enabled));
        }
    }

    /**
     * Sets one field of the rule at {@code index} from the text typed in its cell.
     *
     * @return why the edit was rejected, starting with the field's name; empty when it was applied
     */
    public Optional<String> edit(int index, Field field, String text) {
        if (index < 0 || index >= rules.size()) {
            return Optional.of("Rule " + (index + 1) + " does not exist");
        }
        RuleSetting row = rules.get(index);
        AlertRule r = row.rule();
        String value = text == null ? "" : text.strip();
        try {
            AlertRule changed = switch (field) {
                case NAME -> {
                    if (value.isEmpty()) {
                        throw new IllegalArgumentException("give the rule a name");
                    }
                    if (taken(value, index)) {
                        throw new IllegalArgumentException("another rule is already called '" + value + "'");
                    }
                    yield new AlertRule(value, r.metric(), r.threshold(), r.holdFor(), r.severity());
                }
                case METRIC -> {
                    AlertMetric metric = metric(value);
                    // a utilization threshold is a fraction, a count is not: start the other kind from a sane value
                    double threshold =
                            metric == r.metric() ? r.threshold() : metric == AlertMetric.UTILIZATION ? 0.8 : 0;
                    yield new AlertRule(r.name(), metric, threshold, r.holdFor(), r.severity());
                }
                case THRESHOLD ->
                    new AlertRule(r.name(), r.metric(), threshold(r.metric(), value), r.holdFor(), r.severity());
                case HOLD -> new AlertRule(r.name(), r.metric(), r.threshold(), hold(value), r.severity());
                case SEVERITY -> new AlertRule(r.name(), r.metric(), r.threshold(), r.holdFor(), severity(value));
            };
            rules.set(index, new RuleSetting(changed, row.enabled()));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(field.label() + " (rule '" + r.name() + "'): " + e.getMessage());
        }
    }

    private boolean taken(String name, int except) {
        for (int i = 0; i < rules.size(); i++) {
            if (i != except && rules.get(i).rule().name().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static AlertMetric metric(String text) {
        for (AlertMetric m : AlertMetric.values()) {
            if (m.wire().equalsIgnoreCase(text)) {
                return m;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not utilization, pending or new_timeouts");
    }

    /** Utilization is typed in percent ({@code 85} or {@code 85 %}); the others are counts. */
    private static double threshold(AlertMetric metric, String text) {
        String digits =
                text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        double value;
        try {
            value = Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number", e);
        }
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("must be a number ≥ 0, was '" + text + "'");
        }
        if (metric == AlertMetric.UTILIZATION) {
            if (value >= 100) {
                throw new IllegalArgumentException(
                        "utilization is a percentage below 100, e.g. 80, was '" + text + "'");
            }
            return value / 100;
        }
        if (text.endsWith("%")) {
            throw new IllegalArgumentException(
                    "only utilization is a percentage; " + metric.wire() + " is a count, was '" + text + "'");
        }
        return value;
    }

    private static Duration hold(String text) {
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(SimDuration.parse(text).nanos());
    }

    private static AlertSeverity severity(String text) {
        try {
            return AlertSeverity.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not warning or critical", e);
        }
    }
}
