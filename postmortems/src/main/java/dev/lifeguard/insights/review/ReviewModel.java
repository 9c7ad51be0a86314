package dev.lifeguard.insights.review;

import dev.lifeguard.insights.ActionItemFigures;
import dev.lifeguard.insights.FigureText;
import dev.lifeguard.insights.MisleadingLead;
import dev.lifeguard.insights.Mttx;
import dev.lifeguard.insights.Recurrence;
import dev.lifeguard.insights.Spread;
import dev.lifeguard.insights.TrendFilter;
import dev.lifeguard.insights.Trends;
import dev.lifeguard.insights.chart.TrendCharts;
import dev.lifeguard.postmortem.doc.ChartRef;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The values the review template sees. Numbers are formatted here ({@link FigureText}) and placed raw; every text
 * that came from an incident (services, ids, factors, timeline entries) goes through the template's Markdown
 * escaping.
 */
final class ReviewModel {

    private ReviewModel() {}

    /** The model of {@code trends}, with {@code charts} (by chart name) as the document refers to them: chart
     * {@code by-month} is {@code chart_by_month}. */
    static Map<String, Object> of(Trends trends, Map<String, ChartRef> charts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title(trends));
        m.put("period", period(trends));
        m.put("filters", filters(trends.filter()));
        m.put("asOf", trends.filter().asOf().toString());
        m.put("incidents", trends.incidents());
        m.put("detect", spread(trends.overall().detect()));
        m.put("mitigate", spread(trends.overall().mitigate()));
        m.put("resolve", spread(trends.overall().resolve()));
        m.put("bySeverity", counts(trends.bySeverity(), Function.identity()));
        m.put("byKind", counts(trends.byKind(), TrendCharts::kindLabel));
        m.put("byService", counts(trends.byService(), Function.identity()));
        m.put("byMonth", counts(trends.byMonth(), Function.identity()));
        m.put("mttxByMonth", mttx(trends.mttxByMonth(), Function.identity()));
        m.put("mttxByKind", mttx(trends.mttxByKind(), TrendCharts::kindLabel));
        m.put("actionItems", actionItems(trends.actionItems()));
        List<Map<String, Object>> factors = recurring(trends.recurring(), Recurrence.FACTOR);
        List<Map<String, Object>> fixes = recurring(trends.recurring(), Recurrence.ACTION_ITEM);
        m.put("factors", factors);
        m.put("fixes", fixes);
        m.put("leads", leads(trends.misleadingLeads()));
        charts.forEach((name, ref) ->
                m.put("chart_" + name.replace('-', '_'), Map.of("title", ref.title(), "file", ref.file())));
        return m;
    }

    /** "Incident review 2026 Q3" when the period is one calendar quarter, else the days it covers. */
    static String title(Trends trends) {
        LocalDate from = trends.filter().from();
        LocalDate to = trends.filter().to();
        if (from != null && to != null && from.equals(from.with(IsoFields.DAY_OF_QUARTER, 1))) {
            LocalDate quarterEnd = from.plusMonths(3).minusDays(1);
            if (to.equals(quarterEnd)) {
                return "Incident review " + from.getYear() + " Q" + from.get(IsoFields.QUARTER_OF_YEAR);
            }
        }
        return "Incident review";
    }

    private static String period(Trends trends) {
        if (trends.from() == null && trends.to() == null) {
            return "no dated incident";
        }
        return (trends.from() == null ? "…" : trends.from().toString()) + " to "
                + (trends.to() == null ? "…" : trends.to().toString());
    }

    private static String filters(TrendFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.service() != null) {
            parts.add("service " + filter.service());
        }
        if (filter.severity() != null) {
            parts.add("severity " + filter.severity().wire());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static Map<String, Object> spread(Spread spread) {
        return Map.of(
                "median", FigureText.of(spread.median()),
                "p90", FigureText.of(spread.p90()),
                "count", spread.count());
    }

    private static List<Map<String, Object>> counts(Map<String, Integer> counts, Function<String, String> label) {
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.forEach((key, count) -> rows.add(Map.of("name", label.apply(key), "count", count)));
        return rows;
    }

    private static List<Map<String, Object>> mttx(Map<String, Mttx> groups, Function<String, String> label) {
        List<Map<String, Object>> rows = new ArrayList<>();
        groups.forEach((key, mttx) -> rows.add(Map.of(
                "name", label.apply(key),
                "incidents", mttx.incidents(),
                "detect", spread(mttx.detect()),
                "mitigate", spread(mttx.mitigate()),
                "resolve", spread(mttx.resolve()))));
        return rows;
    }

    private static Map<String, Object> actionItems(ActionItemFigures items) {
        return Map.of(
                "open", items.open(),
                "overdue", items.overdue(),
                "done", items.done(),
                "wontDo", items.wontDo(),
                "medianDaysToClose", FigureText.of(items.medianDaysToClose()),
                "closedWithDate", items.closedWithDate());
    }

    private static List<Map<String, Object>> recurring(List<Recurrence> recurring, String type) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Recurrence r : recurring) {
            if (r.type().equals(type)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("text", r.text());
                row.put("count", r.incidents().size());
                row.put("incidents", String.join(", ", r.incidents()));
                row.put("doneIn", r.doneIn().isEmpty() ? "no" : "in " + String.join(", ", r.doneIn()));
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<Map<String, Object>> leads(List<MisleadingLead> leads) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MisleadingLead lead : leads) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("incident", lead.incidentId());
            row.put("minutes", lead.minutes() == null ? "never" : FigureText.of(lead.minutes()));
            row.put("entry", lead.entry() == null ? "" : lead.entry());
            rows.add(row);
        }
        return rows;
    }
}
