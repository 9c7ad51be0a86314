package dev.lifeguard.insights;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Computes {@link Trends} from a list of incidents. Pure: the same incidents and filter give the same trends. */
public final class TrendsCalculator {

    private static final Comparator<Incident> EARLIEST_FIRST = Comparator.comparing(
                    (Incident i) -> i.impactStart().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Incident::id);

    private final FailureKinds failureKinds = new FailureKinds();

    /** The trends over the incidents of {@code all} that {@code filter} accepts. */
    public Trends compute(List<Incident> all, TrendFilter filter) {
        List<Incident> selected =
                all.stream().filter(filter::accepts).sorted(EARLIEST_FIRST).toList();
        Map<String, FailureKind> kinds = new LinkedHashMap<>();
        selected.forEach(i -> kinds.put(i.id(), failureKinds.classify(i)));

        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s.wire(), 0);
        }
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (FailureKind k : FailureKind.values()) {
            byKind.put(k.wire(), 0);
        }
        Map<String, Integer> byService = new TreeMap<>();
        TreeMap<String, List<Incident>> monthGroups = new TreeMap<>();
        Map<FailureKind, List<Incident>> kindGroups = new TreeMap<>();
        for (Incident incident : selected) {
            bySeverity.merge(incident.severity().wire(), 1, Integer::sum);
            FailureKind kind = kinds.get(incident.id());
            byKind.merge(kind.wire(), 1, Integer::sum);
            kindGroups.computeIfAbsent(kind, k -> new ArrayList<>()).add(incident);
            // Services are named by hand in many documents: "Invoice-API" and "invoice-api" are one service.
            incident.services().stream()
                    .map(s -> s.trim().toLowerCase(Locale.ROOT))
                    .distinct()
                    .forEach(s -> byService.merge(s, 1, Integer::sum));
            LocalDate day = TrendFilter.day(incident);
            if (day != null) {
                monthGroups
                        .computeIfAbsent(YearMonth.from(day).toString(), m -> new ArrayList<>())
                        .add(incident);
            }
        }
        Map<String, Integer> byMonth = new LinkedHashMap<>();
        Map<String, Mttx> mttxByMonth = new LinkedHashMap<>();
        if (!monthGroups.isEmpty()) {
            YearMonth last = YearMonth.parse(monthGroups.lastKey());
            for (YearMonth m = YearMonth.parse(monthGroups.firstKey()); !m.isAfter(last); m = m.plusMonths(1)) {
                List<Incident> group = monthGroups.getOrDefault(m.toString(), List.of());
                byMonth.put(m.toString(), group.size());
                mttxByMonth.put(m.toString(), mttx(group));
            }
        }
        Map<String, Mttx> mttxByKind = new LinkedHashMap<>();
        kindGroups.forEach((kind, group) -> mttxByKind.put(kind.wire(), mttx(group)));

        LocalDate firstDay = selected.stream()
                .map(TrendFilter::day)
                .filter(d -> d != null)
                .min(Comparator.naturalOrder())
                .orElse(null);
        LocalDate lastDay = selected.stream()
                .map(TrendFilter::day)
                .filter(d -> d != null)
                .max(Comparator.naturalOrder())
                .orElse(null);
        List<Recurrence> recurring = new ArrayList<>(recurring(
                selected,
                Recurrence.FACTOR,
                i -> i.contributingFactors().stream()
                        .map(f -> new Item(f, false))
                        .toList()));
        recurring.addAll(recurring(
                selected,
                Recurrence.ACTION_ITEM,
                i -> i.actionItems().stream()
                        .map(a -> new Item(a.title(), a.status() == ActionStatus.DONE))
                        .toList()));
        return new Trends(
                filter,
                filter.from() != null ? filter.from() : firstDay,
                filter.to() != null ? filter.to() : lastDay,
                selected.size(),
                bySeverity,
                byService,
                byKind,
                byMonth,
                mttx(selected),
                mttxByMonth,
                mttxByKind,
                actionItems(selected, filter.asOf()),
                recurring,
                selected.stream()
                        .filter(i -> i.detectedAt() != null)
                        .map(MisleadingLeads::of)
                        .toList(),
                kinds);
    }

    /** The time-to-x spreads of a group of incidents. */
    static Mttx mttx(List<Incident> group) {
        return new Mttx(
                group.size(),
                spread(group, Incident::timeUndetected),
                spread(group, Incident::timeToMitigate),
                spread(group, Incident::timeToResolve));
    }

    private static Spread spread(List<Incident> group, Function<Incident, Optional<Duration>> span) {
        List<Double> minutes = new ArrayList<>();
        for (Incident incident : group) {
            span.apply(incident).ifPresent(d -> minutes.add(d.toSeconds() / 60.0));
        }
        return Spread.of(minutes);
    }

    static ActionItemFigures actionItems(List<Incident> incidents, LocalDate asOf) {
        int open = 0;
        int done = 0;
        int wontDo = 0;
        int overdue = 0;
        List<Double> daysToClose = new ArrayList<>();
        for (Incident incident : incidents) {
            LocalDate start = TrendFilter.day(incident);
            for (ActionItem item : incident.actionItems()) {
                switch (item.status()) {
                    case OPEN, IN_PROGRESS -> {
                        open++;
                        overdue += item.due() != null && item.due().isBefore(asOf) ? 1 : 0;
                    }
                    case DONE -> {
                        done++;
                        if (item.closed() != null && start != null) {
                            daysToClose.add((double) ChronoUnit.DAYS.between(start, item.closed()));
                        }
                    }
                    case WONT_DO -> wontDo++;
                }
            }
        }
        return new ActionItemFigures(
                open, done, wontDo, overdue, Spread.of(daysToClose).median(), daysToClose.size());
    }

    private record Item(String text, boolean done) {}

    private static List<Recurrence> recurring(
            List<Incident> incidents, String type, Function<Incident, List<Item>> items) {
        List<RecurringFinder.Text> texts = new ArrayList<>();
        for (int rank = 0; rank < incidents.size(); rank++) {
            Incident incident = incidents.get(rank);
            for (Item item : items.apply(incident)) {
                texts.add(new RecurringFinder.Text(incident.id(), rank, item.text(), item.done()));
            }
        }
        return RecurringFinder.find(type, texts);
    }
}
