/** The real engine: live HikariCP pools over a modelled SQLite database, driven in compressed real time. */
package dev.lifeguard.poolsim.real;
