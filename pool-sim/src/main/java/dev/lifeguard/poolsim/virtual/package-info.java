/** The virtual-time engine: a discrete-event simulation of HikariCP and SQLAlchemy QueuePool over a database model. */
@NullMarked
package dev.lifeguard.poolsim.virtual;

import org.jspecify.annotations.NullMarked;
