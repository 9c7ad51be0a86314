/** The Timeline tab: the editable timeline, key times with validation, "add note now". */
package dev.lifeguard.desktop.timeline;
