/** The demo library with its pool metrics produced by the virtual engine instead of sketched. */
@NullMarked
package dev.lifeguard.poolsim.demo;

import org.jspecify.annotations.NullMarked;
