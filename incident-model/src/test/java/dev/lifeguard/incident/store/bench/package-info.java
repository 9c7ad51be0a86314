/** The store's load benchmark (run by hand through the {@code bench-store} profile, never by {@code mvn verify}). */
package dev.lifeguard.incident.store.bench;
