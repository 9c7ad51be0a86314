/** The incident store: an SQLite file or a PostgreSQL database behind one interface (decision 0006). */
@NullMarked
package dev.lifeguard.incident.store;

import org.jspecify.annotations.NullMarked;
