/**
 * Watching a Prometheus endpoint and declaring an incident from it: one rule and one save policy for both front ends.
 */
@NullMarked
package dev.lifeguard.desktop.workbench.watch;

import org.jspecify.annotations.NullMarked;
