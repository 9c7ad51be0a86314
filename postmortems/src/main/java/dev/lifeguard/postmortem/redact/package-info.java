/** Finds and masks secrets (database credentials, passwords, bearer tokens, cloud keys) in imported text. */
package dev.lifeguard.postmortem.redact;
