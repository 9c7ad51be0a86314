/** Connection-pool settings in the exact terms of the library modelled (HikariCP, SQLAlchemy QueuePool). */
package dev.lifeguard.incident.pool;
