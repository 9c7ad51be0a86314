/** The load model shared by both engines: seeded arrivals, closed users and request shapes. */
@NullMarked
package dev.lifeguard.poolsim.load;

import org.jspecify.annotations.NullMarked;
