/** The demo library with its pool metrics produced by the virtual engine instead of sketched. */
package dev.lifeguard.poolsim.demo;
