/** Mustache templates (shipped and user-supplied) that turn a document model into Markdown. */
package dev.lifeguard.postmortem.template;
