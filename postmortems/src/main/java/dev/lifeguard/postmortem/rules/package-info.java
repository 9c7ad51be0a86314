/** Rules over an incident's evidence that suggest action items, and the review that accepts or dismisses them. */
package dev.lifeguard.postmortem.rules;
