/** The pool simulator: scenarios, the load model, the real and virtual engines, queueing theory. */
@NullMarked
package dev.lifeguard.poolsim;

import org.jspecify.annotations.NullMarked;
