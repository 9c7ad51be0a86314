/** The load model shared by both engines: seeded arrivals, closed users and request shapes. */
package dev.lifeguard.poolsim.load;
