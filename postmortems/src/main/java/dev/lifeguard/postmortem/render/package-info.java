/** Markdown, self-contained HTML and PDF output of an incident, with its charts. */
package dev.lifeguard.postmortem.render;
