/** Which simulation engine runs a scenario: one rule for both front ends. */
@NullMarked
package dev.lifeguard.desktop.workbench.engine;

import org.jspecify.annotations.NullMarked;
