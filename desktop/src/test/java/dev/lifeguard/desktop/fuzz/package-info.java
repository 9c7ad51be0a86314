/** Fuzzing of every parser family: a campaign run by hand ({@code -Pfuzz}) and the crashes it found, replayed. */
package dev.lifeguard.desktop.fuzz;
