/** Differential tests: the simulator against the real libraries it models (HikariCP's jar, SQLAlchemy). */
package dev.lifeguard.poolsim.parity;
