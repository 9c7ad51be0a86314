/** The virtual-time engine: a discrete-event simulation of HikariCP and SQLAlchemy QueuePool over a database model. */
package dev.lifeguard.poolsim.virtual;
