/** The real engine: live HikariCP pools over a modelled SQLite database, driven in compressed real time. */
@NullMarked
package dev.lifeguard.poolsim.real;

import org.jspecify.annotations.NullMarked;
