/** Action-item suggestions from the rules, with pool-sizing suggestions verified by simulation. */
package dev.lifeguard.desktop.workbench.suggestions;
