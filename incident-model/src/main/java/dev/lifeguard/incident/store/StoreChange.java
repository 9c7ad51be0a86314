package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Checks;

/**
 * Another writer saved an incident.
 *
 * @param incidentId the incident
 * @param revision   its revision after the save
 * @param author     who saved it
 */
public record StoreChange(String incidentId, long revision, String author) {

    public StoreChange {
        Checks.notBlank(incidentId, "change 'incidentId'");
        Checks.notBlank(author, "change 'author'");
    }
}
