/** The Postmortem tab: sections, action items, suggestions, review status, templates, preview and export. */
package dev.lifeguard.desktop.postmortem;
