package dev.lifeguard.insights;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Trends across the incidents a filter selects. Maps keep a stable order: severities SEV1 first, kinds in
 * {@link FailureKind} order, services by name, months ({@code yyyy-MM}, UTC) oldest first.
 *
 * @param filter          what was selected
 * @param from            first day covered: the filter's, else the earliest incident's ({@code null}: no dated
 * incident)
 * @param to              last day covered: the filter's, else the latest incident's ({@code null}: no dated incident)
 * @param incidents       how many incidents were selected
 * @param bySeverity      incidents per severity (every severity, zeros included)
 * @param byService       incidents per service named, in lower case (an incident naming two services counts in both)
 * @param byKind          incidents per failure kind (every kind, zeros included)
 * @param byMonth         incidents per month of their start (months with none between the first and last included)
 * @param overall         time to detect / mitigate / resolve over all selected incidents
 * @param mttxByMonth     the same per month
 * @param mttxByKind      the same per failure kind (kinds with incidents only)
 * @param actionItems     action item counts
 * @param recurring       recurring contributing factors, then recurring action items
 * @param misleadingLeads per incident with a detection time, earliest first
 * @param kinds           each selected incident's failure kind, by id
 */
public record Trends(
        TrendFilter filter,
        LocalDate from,
        LocalDate to,
        int incidents,
        Map<String, Integer> bySeverity,
        Map<String, Integer> byService,
        Map<String, Integer> byKind,
        Map<String, Integer> byMonth,
        Mttx overall,
        Map<String, Mttx> mttxByMonth,
        Map<String, Mttx> mttxByKind,
        ActionItemFigures actionItems,
        List<Recurrence> recurring,
        List<MisleadingLead> misleadingLeads,
        Map<String, FailureKind> kinds) {

    public Trends {
        requireNonNull(filter, "filter");
        requireNonNull(overall, "overall");
        requireNonNull(actionItems, "actionItems");
        bySeverity = Ordered.copy(bySeverity);
        byService = Ordered.copy(byService);
        byKind = Ordered.copy(byKind);
        byMonth = Ordered.copy(byMonth);
        mttxByMonth = Ordered.copy(mttxByMonth);
        mttxByKind = Ordered.copy(mttxByKind);
        kinds = Ordered.copy(kinds);
        recurring = List.copyOf(recurring);
        misleadingLeads = List.copyOf(misleadingLeads);
    }
}
