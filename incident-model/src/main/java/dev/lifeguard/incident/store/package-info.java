/** The incident store: one SQLite file behind HikariCP, with migrations, revisions and full-text search. */
package dev.lifeguard.incident.store;
