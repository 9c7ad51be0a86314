/** Verifies pool-sizing suggestions by simulating the current and the proposed pool on pool-sim's virtual engine. */
@NullMarked
package dev.lifeguard.desktop.workbench.sizing;

import org.jspecify.annotations.NullMarked;
