/** Action-item suggestions from the rules, with pool-sizing suggestions verified by simulation. */
@NullMarked
package dev.lifeguard.desktop.workbench.suggestions;

import org.jspecify.annotations.NullMarked;
