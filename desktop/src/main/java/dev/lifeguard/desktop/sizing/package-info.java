/** Verifies postmortem sizing suggestions by simulating them with pool-sim's virtual engine. */
package dev.lifeguard.desktop.sizing;
