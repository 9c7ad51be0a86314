package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Checks;

/**
 * What {@code store info} prints.
 *
 * @param kind          {@code sqlite} or {@code postgresql}
 * @param location      the file, or the URI without password
 * @param schemaVersion the applied schema version
 * @param incidents     how many incidents it holds
 * @param sizeBytes     the file size (with its write-ahead log), or the database size
 */
public record StoreInfo(String kind, String location, int schemaVersion, long incidents, long sizeBytes) {

    public StoreInfo {
        Checks.notBlank(kind, "store info 'kind'");
        Checks.notBlank(location, "store info 'location'");
    }
}
