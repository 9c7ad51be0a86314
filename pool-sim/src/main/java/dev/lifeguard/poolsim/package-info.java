/** The pool simulator: scenarios, the load model, the real and virtual engines, queueing theory. */
package dev.lifeguard.poolsim;
