package dev.lifeguard.desktop.insights;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.insights.FigureText;
import dev.lifeguard.insights.MisleadingLead;

/**
 * The misleading lead of one incident.
 *
 * @param incident the incident's id
 * @param minutes  detection → first entry naming the pool, as text ("never" when none names it)
 * @param entry    that entry's text ("" when none)
 */
public record LeadRow(String incident, String minutes, String entry) {

    public LeadRow {
        requireNonNull(incident, "row 'incident'");
    }

    static LeadRow of(MisleadingLead lead) {
        return new LeadRow(
                lead.incidentId(),
                lead.minutes() == null ? "never" : FigureText.of(lead.minutes()),
                lead.entry() == null ? "" : lead.entry());
    }
}
