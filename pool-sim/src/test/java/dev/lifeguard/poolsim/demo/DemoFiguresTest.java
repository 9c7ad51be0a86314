package dev.lifeguard.poolsim.demo;

import static dev.lifeguard.poolsim.demo.DemoMeasures.at;
import static dev.lifeguard.poolsim.demo.DemoMeasures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.hazard.Hazard;
import dev.lifeguard.incident.hazard.HazardControl;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.poolsim.scenario.ConstantPhase;
import dev.lifeguard.poolsim.scenario.Scenario;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every figure with a unit that a demo's words quote (summary, impact, timeline, action items and their evidence,
 * hazard text and controls) is what the demo's simulated series shows, or what the scenario behind it set (#15).
 * The figures are found by their form (a number and a unit of time, rate, share or count), not listed by hand: a
 * figure added to a text without a claim here fails, a claim whose figure left the text fails, and each claim is
 * measured on the series within the tolerance it states.
 */
class DemoFiguresTest {

    /** A number (thousands with commas) and a unit; bare {@code s} needs a space, so "HTTP 500s" is no duration. */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\w.,/])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)"
            + "(?:\\s(requests per second|requests/s|requests|connections|sessions|minutes|min|ms|s)|\\s?(%|/s))"
            + "(?![\\w/])");

    private static Map<String, Incident> demo;

    @BeforeAll
    static void simulate() {
        demo = SimulatedDemo.incidents().stream().collect(Collectors.toMap(Incident::id, Function.identity()));
    }

    /**
     * One quoted figure and what it means.
     *
     * @param figure    the figure as the text writes it ("30 s"); every occurrence in the demo's words means this
     * @param meaning   what it states, for the failure message
     * @param measured  the value the series (or the scenario) gives, in the figure's unit; NaN: a figure the pool's
     *                  series cannot show (a setting or rule to adopt, another system's reading), listed with why
     * @param tolerance how far the quoted value may be from the measured one, in the figure's unit
     */
    private record Claim(String figure, String meaning, ToDoubleFunction<DemoMeasures> measured, double tolerance) {}

    private static Claim measured(String figure, String meaning, ToDoubleFunction<DemoMeasures> f, double tolerance) {
        return new Claim(figure, meaning, f, tolerance);
    }

    private static Claim unmeasured(String figure, String meaning) {
        return new Claim(figure, meaning, m -> Double.NaN, 0);
    }

    @Test
    void leak_everyQuotedFigureIsWhatTheSeriesShows() {
        check(
                "INC-20260312-LEAK",
                List.of(
                        measured(
                                "30 s",
                                "acquire wait capped by pool_timeout",
                                m -> peak(m, DemoMeasures::acquireP99) / 1000,
                                0.5),
                        measured(
                                "72 minutes",
                                "from the declared start to the last timeout",
                                m -> minutes(m.incident().startedAt().toInstant(), m.lastTimeout()),
                                5),
                        measured(
                                "8 minutes",
                                "one leaked session per interval (scenario: rate × leakProbability)",
                                m -> leakInterval(),
                                0.1),
                        measured(
                                "15 sessions",
                                "connections held at the peak",
                                m -> m.max(m.first(), m.last(), MetricSample::active),
                                0),
                        measured(
                                "25 minutes",
                                "no timeout from the last one to resolution",
                                m -> minutes(
                                        m.lastTimeout(),
                                        m.incident().resolvedAt().toInstant()),
                                3),
                        measured(
                                "63 min",
                                "from the deploy until the pool stayed full",
                                m -> minutes(at("2026-03-12T09:40:00Z"), m.utilizationReaches(100, m.first())),
                                5),
                        measured(
                                "60/s",
                                "request rate over the whole series",
                                m -> m.mean(m.first(), m.last(), DemoMeasures::rate),
                                2),
                        measured(
                                "59 minutes",
                                "utilization past 80 % until the 5xx alert",
                                m -> minutes(
                                        m.utilizationReaches(80, m.first()),
                                        m.incident().detectedAt().toInstant()),
                                3),
                        measured(
                                "72%",
                                "share of requests that failed while the pool was exhausted",
                                m -> m.failedPercent(m.incident().startedAt().toInstant(), m.lastTimeout()),
                                5),
                        unmeasured("12%", "database CPU: outside the pool's series"),
                        unmeasured("5%", "HTTP 5xx alert threshold: outside the pool's series"),
                        unmeasured("80%", "alert threshold to add (AI-2)"),
                        unmeasured("90%", "alert threshold to add (AI-2)"),
                        unmeasured("5 min", "alert window to add (AI-2)"),
                        unmeasured("2 min", "alert window to add (AI-2)")));
    }

    @Test
    void slowQuery_everyQuotedFigureIsWhatTheSeriesShows() {
        check(
                "INC-20260604-SLOW",
                List.of(
                        measured(
                                "60,000 requests",
                                "acquire timeouts in the whole series",
                                m -> m.timeouts(m.first(), m.last()),
                                3000),
                        measured(
                                "30 s",
                                "acquire wait capped by connectionTimeout",
                                m -> peak(m, DemoMeasures::acquireP99) / 1000,
                                0.5),
                        measured(
                                "20 connections",
                                "the pool's size",
                                m -> m.max(m.first(), m.last(), MetricSample::max),
                                0),
                        measured(
                                "170 ms",
                                "median usage p50 while the pool was exhausted",
                                m -> m.median(exhaustedFrom(m), mitigated(m), DemoMeasures::usageP50),
                                10),
                        measured(
                                "20 ms",
                                "median usage p50 before the flag",
                                m -> m.median(m.first(), trigger(m), DemoMeasures::usageP50),
                                3),
                        measured(
                                "150 ms",
                                "usage p50 added by the scans (exhausted minus before)",
                                m -> m.median(exhaustedFrom(m), mitigated(m), DemoMeasures::usageP50)
                                        - m.median(m.first(), trigger(m), DemoMeasures::usageP50),
                                10),
                        measured(
                                "150 requests per second",
                                "request rate over the whole series",
                                m -> m.mean(m.first(), m.last(), DemoMeasures::rate),
                                3),
                        measured(
                                "85 ms",
                                "median usage p99 before the flag",
                                m -> m.median(m.first(), trigger(m), DemoMeasures::usageP99),
                                10),
                        measured(
                                "230 ms",
                                "median usage p99 while the pool was exhausted",
                                m -> m.median(exhaustedFrom(m), mitigated(m), DemoMeasures::usageP99),
                                15),
                        measured(
                                "90 ms",
                                "median usage p99 after the flag was turned off",
                                m -> m.median(mitigated(m).plusSeconds(120), m.last(), DemoMeasures::usageP99),
                                10),
                        measured(
                                "1 min",
                                "threads waiting before the alert",
                                m -> minutes(
                                        exhaustedFrom(m),
                                        m.incident().detectedAt().toInstant()),
                                1),
                        measured(
                                "200 requests/s",
                                "the load test's rate (scenario slow-queries-indexed)",
                                m -> rateOf("slow-queries-indexed"),
                                0),
                        measured(
                                "20 min",
                                "the load test's length (scenario slow-queries-indexed)",
                                m -> SimulatedDemo.scenario("slow-queries-indexed")
                                                .duration()
                                                .seconds()
                                        / 60.0,
                                0),
                        unmeasured("5 s", "statement_timeout to adopt (AI-2, DB-312)"),
                        unmeasured("5 %", "share of merchants for a first rollout: a process to adopt"),
                        unmeasured("30 min", "watch time before a flag widens: a process to adopt"),
                        unmeasured("80 %", "alert threshold to adopt"),
                        unmeasured("90 %", "alert threshold to adopt"),
                        unmeasured("5 min", "alert window to adopt"),
                        unmeasured("2 min", "alert window to adopt")));
    }

    @Test
    void fleet_everyQuotedFigureIsWhatTheSeriesShows() {
        check(
                "INC-20260930-FLEET",
                List.of(
                        measured(
                                "12 connections",
                                "the pool's maximumPoolSize before the cap",
                                m -> m.max(m.first(), mitigated(m), MetricSample::max),
                                0),
                        measured(
                                "3 connections",
                                "connections the late pod opened before the cap",
                                m -> m.max(m.first(), mitigated(m), MetricSample::total),
                                0),
                        measured(
                                "168 connections",
                                "instances × maximumPoolSize",
                                m -> m.incident().fleet().instances()
                                        * m.max(m.first(), mitigated(m), MetricSample::max),
                                0),
                        unmeasured("5 min", "the error-rate alert's window: the alerting system's rule"),
                        unmeasured("9%", "fleet-wide HTTP error rate: outside this pod's pool series")));
    }

    /**
     * A timeline entry that says the first timeouts happened then is at the series' first timeout, to the minute;
     * and each demo's Start entry is its startedAt (the replay, the timeline and the MTTx figures of Insights all
     * start the incident there). A start may be earlier than the first timeout: slow queries hurt before they time out.
     */
    @Test
    void everyDemo_firstTimeoutsAreWhereTheSeriesTimesOut_andStartIsStartedAt() {
        Pattern firstTimeouts = Pattern.compile("(?i)\\bfirst\\b[^.]*\\btime ?outs?\\b");
        List<String> wrong = new ArrayList<>();
        for (Incident incident : demo.values()) {
            DemoMeasures m = DemoMeasures.of(incident);
            Instant declared = incident.startedAt().toInstant();
            for (TimelineEntry e : incident.timeline()) {
                if (firstTimeouts.matcher(e.text()).find()
                        && Math.abs(minutes(m.firstTimeout(), e.at().toInstant())) > 1) {
                    wrong.add(incident.id() + ": \"" + e.text() + "\" at " + e.at() + ", series first times out at "
                            + m.firstTimeout());
                }
                if (e.kind() == TimelineKind.START && !e.at().toInstant().equals(declared)) {
                    wrong.add(incident.id() + ": Start entry at " + e.at() + " ≠ startedAt " + declared);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The leak's AI-2 evidence quotes a clock time: when utilization passed 80 %. */
    @Test
    void leak_utilizationPassed80AtTheQuotedTime() {
        Incident incident = demo.get("INC-20260312-LEAK");
        DemoMeasures m = DemoMeasures.of(incident);
        String evidence = incident.actionItem("AI-2").orElseThrow().evidence().summary();
        Matcher at = Pattern.compile("passed 80% at (\\d{2}:\\d{2})").matcher(evidence);
        assertThat(at.find()).as(evidence).isTrue();
        Instant quoted = at("2026-03-12T" + at.group(1) + ":00Z");
        assertThat(Math.abs(minutes(m.utilizationReaches(80, m.first()), quoted)))
                .as("minutes between the quoted %s and the series' first minute at ≥ 80 %%", at.group(1))
                .isLessThanOrEqualTo(1);
    }

    private static Instant trigger(DemoMeasures m) {
        return m.incident().timeline().stream()
                .filter(e -> e.kind() == TimelineKind.TRIGGER)
                .findFirst()
                .orElseThrow()
                .at()
                .toInstant();
    }

    private static Instant mitigated(DemoMeasures m) {
        return m.incident().mitigatedAt().toInstant();
    }

    /** The first sample from which threads keep waiting (pending above 0 for the following minute). */
    private static Instant exhaustedFrom(DemoMeasures m) {
        for (MetricSample s : m.series().samples()) {
            if (!s.at().isBefore(trigger(m))
                    && m.window(s.at(), s.at().plusSeconds(60)).stream().allMatch(x -> x.pending() > 0)) {
                return s.at();
            }
        }
        throw new IllegalStateException("the pool never stays exhausted");
    }

    private static double rateOf(String scenario) {
        return ((ConstantPhase) SimulatedDemo.scenario(scenario).load().phases().get(0)).rate();
    }

    private static double peak(DemoMeasures m, ToDoubleFunction<MetricSample> f) {
        return m.max(m.first(), m.last(), f);
    }

    private static double leakInterval() {
        Scenario scenario = SimulatedDemo.scenario("leak");
        double rate = ((ConstantPhase) scenario.load().phases().get(0)).rate();
        return 1 / (rate * 60 * scenario.request().leakProbability());
    }

    private void check(String id, List<Claim> claims) {
        Incident incident = demo.get(id);
        DemoMeasures m = DemoMeasures.of(incident);
        Set<String> quoted = figures(incident);
        Map<String, Claim> byFigure = new LinkedHashMap<>();
        claims.forEach(c -> byFigure.put(c.figure(), c));
        List<String> wrong = new ArrayList<>();
        for (Claim c : claims) {
            double value = c.measured().applyAsDouble(m);
            if (!Double.isNaN(value) && Math.abs(value - quotedValue(c.figure())) > c.tolerance()) {
                wrong.add(c.figure() + " (" + c.meaning() + "): series shows " + value + ", allowed ±" + c.tolerance());
            }
        }
        assertThat(wrong)
                .as("figures in %s's words that its series contradicts", id)
                .isEmpty();
        assertThat(byFigure.keySet())
                .as("figures quoted in %s's words, each with a claim", id)
                .containsExactlyInAnyOrderElementsOf(quoted);
    }

    /** The figure's number in its own unit ("60,000 requests" → 60000, "30 s" → 30). */
    private static double quotedValue(String figure) {
        Matcher x = FIGURE.matcher(figure);
        if (!x.find()) {
            throw new IllegalArgumentException("not a figure: " + figure);
        }
        return Double.parseDouble(x.group(1).replace(",", ""));
    }

    static Set<String> figures(Incident incident) {
        Set<String> out = new LinkedHashSet<>();
        for (String text : texts(incident)) {
            Matcher x = FIGURE.matcher(text);
            while (x.find()) {
                out.add(x.group());
            }
        }
        return out;
    }

    private static List<String> texts(Incident i) {
        List<String> t = new ArrayList<>(List.of(
                i.title(),
                i.summary(),
                i.rootCause(),
                i.trigger(),
                i.resolution(),
                i.impact().description()));
        t.addAll(i.contributingFactors());
        t.addAll(i.lessons().wentWell());
        t.addAll(i.lessons().wentWrong());
        t.addAll(i.lessons().gotLucky());
        i.timeline().stream().map(TimelineEntry::text).forEach(t::add);
        for (ActionItem a : i.actionItems()) {
            t.add(a.title());
            if (a.evidence() != null) {
                t.add(a.evidence().summary());
            }
        }
        for (Hazard h : i.hazards()) {
            t.addAll(List.of(h.name(), h.description(), h.effect(), h.hazard(), h.harm(), h.existingControls()));
            t.addAll(h.causes());
            for (HazardControl c : h.controls()) {
                t.add(c.text());
                if (c.evidence() != null) {
                    t.add(c.evidence().summary());
                }
            }
        }
        t.removeIf(s -> s == null);
        return t;
    }
}
