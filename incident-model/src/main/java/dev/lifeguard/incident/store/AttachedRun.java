package dev.lifeguard.incident.store;

/**
 * A simulation run kept with an incident.
 *
 * @param id         the run's id, cited by evidence references
 * @param incidentId the incident it belongs to
 * @param createdAt  when it was attached (ISO-8601)
 * @param title      a short description, e.g. the scenario name
 * @param document   the {@code lifeguard.result/1} JSON
 */
public record AttachedRun(String id, String incidentId, String createdAt, String title, String document) {}
