/** Moving a postmortem through its review (Draft → In review → Reviewed → Closed), for the CLI and the console. */
package dev.lifeguard.desktop.workbench.review;
