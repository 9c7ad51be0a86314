/** The postmortem review workflow's rules, in one place for the CLI and the console. */
package dev.lifeguard.incident.review;
