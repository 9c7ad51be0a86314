/** Postmortem documents, templates, charts, action-item rules and importers. */
package dev.lifeguard.postmortem;
