package dev.lifeguard.desktop.whatif;

import dev.lifeguard.desktop.workbench.counterfactual.Decimals;
import dev.lifeguard.poolsim.scenario.Arrivals;
import dev.lifeguard.poolsim.scenario.BurstPhase;
import dev.lifeguard.poolsim.scenario.ClosedPhase;
import dev.lifeguard.poolsim.scenario.ConstantPhase;
import dev.lifeguard.poolsim.scenario.LoadPhase;
import dev.lifeguard.poolsim.scenario.RampPhase;
import dev.lifeguard.poolsim.scenario.ReplayPhase;
import dev.lifeguard.poolsim.scenario.SimDuration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One load phase as the phases table shows and edits it: every field as text, so a value is checked where the
 * phase records check it and a rejection names the field. Fields a type does not have are blank. A replay phase
 * comes from an incident's recording and is only shown ({@code replay} holds it).
 *
 * @param type     {@code constant}, {@code ramp}, {@code burst}, {@code closed} or {@code replay}
 * @param rate     requests per second (a ramp's {@code from})
 * @param to       a ramp's final rate
 * @param duration {@code "10m"}-style length
 * @param at       a burst's time from the start of the scenario
 * @param count    a burst's requests
 * @param users    a closed phase's users
 * @param think    a closed phase's mean think time
 * @param arrivals {@code poisson} or {@code uniform}
 * @param replay   the recorded phase of a replay row, else null
 */
public record PhaseRow(
        String type,
        String rate,
        String to,
        String duration,
        String at,
        String count,
        String users,
        String think,
        String arrivals,
        ReplayPhase replay) {

    /** The phase types, in the order the table offers them. */
    public static final List<String> TYPES = List.of("constant", "ramp", "burst", "closed", "replay");
    /** The types a person can add (a replay comes from a recording). */
    public static final List<String> ADDABLE = TYPES.subList(0, 4);
    /** The editable fields, as the table's columns name them. */
    public static final List<String> FIELDS =
            List.of("rate", "to", "duration", "at", "count", "users", "think", "arrivals");

    private static final Map<String, List<String>> FIELDS_OF = Map.of(
            "constant", List.of("rate", "duration", "arrivals"),
            "ramp", List.of("rate", "to", "duration", "arrivals"),
            "burst", List.of("at", "count"),
            "closed", List.of("users", "think", "duration"),
            "replay", List.of());

    public PhaseRow {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("load phase 'type' must be one of " + TYPES + ", was " + type);
        }
        rate = Objects.requireNonNullElse(rate, "");
        to = Objects.requireNonNullElse(to, "");
        duration = Objects.requireNonNullElse(duration, "");
        at = Objects.requireNonNullElse(at, "");
        count = Objects.requireNonNullElse(count, "");
        users = Objects.requireNonNullElse(users, "");
        think = Objects.requireNonNullElse(think, "");
        arrivals = Objects.requireNonNullElse(arrivals, "");
    }

    /** The row showing {@code phase}. */
    public static PhaseRow of(LoadPhase phase) {
        if (phase instanceof ConstantPhase c) {
            return new PhaseRow(
                    "constant", num(c.rate()), "", c.duration().text(), "", "", "", "", wire(c.arrivals()), null);
        }
        if (phase instanceof RampPhase r) {
            return new PhaseRow(
                    "ramp", num(r.from()), num(r.to()), r.duration().text(), "", "", "", "", wire(r.arrivals()), null);
        }
        if (phase instanceof BurstPhase b) {
            return new PhaseRow("burst", "", "", "", b.at().text(), String.valueOf(b.count()), "", "", "", null);
        }
        if (phase instanceof ClosedPhase c) {
            return new PhaseRow(
                    "closed",
                    "",
                    "",
                    c.duration().text(),
                    "",
                    "",
                    String.valueOf(c.users()),
                    c.thinkTime().text(),
                    "",
                    null);
        }
        ReplayPhase r = (ReplayPhase) phase;
        return new PhaseRow("replay", "", "", r.duration().text(), "", "", "", "", wire(r.arrivals()), r);
    }

    /** A new phase of {@code type} with plain starting values: 10 requests/s for a minute, 50 at once, 20 users. */
    public static PhaseRow blank(String type) {
        return switch (type) {
            case "constant" -> new PhaseRow(type, "10", "", "1m", "", "", "", "", "poisson", null);
            case "ramp" -> new PhaseRow(type, "10", "50", "5m", "", "", "", "", "poisson", null);
            case "burst" -> new PhaseRow(type, "", "", "", "0s", "50", "", "", "", null);
            case "closed" -> new PhaseRow(type, "", "", "10m", "", "", "20", "1s", "", null);
            default ->
                throw new IllegalArgumentException("load phase 'type' must be one of " + ADDABLE
                        + " (a replay comes from an incident's recording), was " + type);
        };
    }

    /** True when {@code field} is one of this type's fields and can be edited (never on a replay row). */
    public boolean editable(String field) {
        return field.equals("type") ? replay == null : FIELDS_OF.get(type).contains(field);
    }

    /** What the table shows in {@code field}'s column. */
    public String cell(String field) {
        return switch (field) {
            case "type" -> type;
            case "rate" -> replay == null ? rate : "~" + num(Math.round(mean(replay.rates()) * 10) / 10.0);
            case "to" -> to;
            case "duration" ->
                replay == null ? duration : RunSummary.time(replay.duration().millis());
            case "at" -> at;
            case "count" -> count;
            case "users" -> users;
            case "think" -> think;
            case "arrivals" -> arrivals;
            default -> throw new IllegalArgumentException("no load phase field '" + field + "'");
        };
    }

    /** The phase in words, e.g. {@code replay of 1264 recorded samples, one every 10s (0–71 req/s, mean 61)}. */
    public String describe() {
        if (replay != null) {
            double min = replay.rates().stream()
                    .mapToDouble(Double::doubleValue)
                    .min()
                    .orElse(0);
            double max = replay.rates().stream()
                    .mapToDouble(Double::doubleValue)
                    .max()
                    .orElse(0);
            return "replay of " + replay.rates().size() + " recorded samples, one every "
                    + replay.step().text()
                    + " (" + num(Math.round(min * 10) / 10.0) + "–" + num(Math.round(max * 10) / 10.0)
                    + " req/s, mean " + num(Math.round(mean(replay.rates()) * 10) / 10.0)
                    + "): read-only, it is the incident's recorded load";
        }
        return switch (type) {
            case "constant" -> rate + " req/s for " + duration + ", " + arrivals + " arrivals";
            case "ramp" -> rate + " → " + to + " req/s over " + duration + ", " + arrivals + " arrivals";
            case "burst" -> count + " requests at once, " + at + " from the start";
            default -> users + " users thinking " + think + " between requests, for " + duration;
        };
    }

    /**
     * This row with {@code field} set to {@code text}. Changing the type keeps the values the new type shares
     * (a constant's rate becomes a ramp's start) and fills the rest from {@link #blank}.
     */
    public PhaseRow with(String field, String text) {
        String v = text == null ? "" : text.trim();
        return switch (field) {
            case "type" -> retype(v);
            case "rate" -> new PhaseRow(type, v, to, duration, at, count, users, think, arrivals, replay);
            case "to" -> new PhaseRow(type, rate, v, duration, at, count, users, think, arrivals, replay);
            case "duration" -> new PhaseRow(type, rate, to, v, at, count, users, think, arrivals, replay);
            case "at" -> new PhaseRow(type, rate, to, duration, v, count, users, think, arrivals, replay);
            case "count" -> new PhaseRow(type, rate, to, duration, at, v, users, think, arrivals, replay);
            case "users" -> new PhaseRow(type, rate, to, duration, at, count, v, think, arrivals, replay);
            case "think" -> new PhaseRow(type, rate, to, duration, at, count, users, v, arrivals, replay);
            case "arrivals" -> new PhaseRow(type, rate, to, duration, at, count, users, think, v, replay);
            default -> throw new IllegalArgumentException("no load phase field '" + field + "'");
        };
    }

    /**
     * The phase this row describes.
     *
     * @throws IllegalArgumentException naming the field ({@code load phase 'rate' ...}) when a value is missing,
     *                                  unreadable or out of range; the messages are the phase records' own
     */
    public LoadPhase toPhase() {
        return switch (type) {
            case "constant" ->
                new ConstantPhase(number(rate, "rate"), duration(duration, "duration"), arrivals(arrivals));
            case "ramp" ->
                new RampPhase(
                        number(rate, "from"), number(to, "to"), duration(duration, "duration"), arrivals(arrivals));
            case "burst" -> new BurstPhase(whole(count, "count"), duration(at, "at"));
            case "closed" ->
                new ClosedPhase(whole(users, "users"), duration(think, "thinkTime"), duration(duration, "duration"));
            default -> replay;
        };
    }

    /**
     * The table column a phase record's message is about: the records name their fields ({@code 'from'},
     * {@code 'thinkTime'}); the table's columns are named a little differently.
     */
    public static String column(String message) {
        Matcher m = Pattern.compile("load phase '(\\w+)").matcher(message);
        if (!m.find()) {
            return "type";
        }
        return switch (m.group(1)) {
            case "from" -> "rate";
            case "thinkTime" -> "think";
            case "rates", "step" -> "type";
            default -> m.group(1);
        };
    }

    private PhaseRow retype(String newType) {
        if (newType.equals(type)) {
            return this;
        }
        if (replay != null) {
            throw new IllegalArgumentException("load phase 'type': a replay phase comes from the incident's recording"
                    + " and stays a replay (remove it to replace it)");
        }
        PhaseRow fresh = blank(newType);
        PhaseRow row = fresh;
        for (String field : FIELDS_OF.get(newType)) {
            String mine = FIELDS_OF.get(type).contains(field) ? cell(field) : "";
            if (!mine.isEmpty()) {
                row = row.with(field, mine);
            }
        }
        return row;
    }

    private static double number(String text, String field) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("load phase '" + field + "' is required");
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("load phase '" + field + "' must be a number, was '" + text + "'");
        }
    }

    private static int whole(String text, String field) {
        double v = number(text, field);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("load phase '" + field + "' must be a whole number, was '" + text + "'");
        }
        return (int) v;
    }

    private static SimDuration duration(String text, String field) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("load phase '" + field + "' is required, e.g. \"30s\" or \"10m\"");
        }
        try {
            return SimDuration.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("load phase '" + field + "': " + e.getMessage(), e);
        }
    }

    private static Arrivals arrivals(String text) {
        for (Arrivals a : Arrivals.values()) {
            if (wire(a).equals(text.toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        if (text.isEmpty()) {
            return Arrivals.POISSON;
        }
        throw new IllegalArgumentException("load phase 'arrivals' must be poisson or uniform, was '" + text + "'");
    }

    private static String wire(Arrivals a) {
        return a.name().toLowerCase(Locale.ROOT);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** {@code 60} or {@code 12.5}, as a person types it. */
    static String num(double v) {
        return Decimals.plain(v);
    }
}
