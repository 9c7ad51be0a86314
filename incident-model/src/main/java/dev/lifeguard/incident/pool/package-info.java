/** Connection-pool settings in the exact terms of the library modelled (HikariCP, SQLAlchemy QueuePool). */
@NullMarked
package dev.lifeguard.incident.pool;

import org.jspecify.annotations.NullMarked;
