/** The postmortem review workflow's rules, in one place for the CLI and the console. */
@NullMarked
package dev.lifeguard.incident.review;

import org.jspecify.annotations.NullMarked;
