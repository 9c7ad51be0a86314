/** Which simulation engine runs a scenario: one rule for both front ends. */
package dev.lifeguard.desktop.workbench.engine;
