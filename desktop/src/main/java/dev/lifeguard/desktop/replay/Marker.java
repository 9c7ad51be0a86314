package dev.lifeguard.desktop.replay;

import dev.lifeguard.incident.TimelineKind;

/**
 * A timeline entry drawn as a vertical line.
 *
 * @param index the entry's index in the incident's timeline
 * @param at    epoch ms
 * @param kind  its kind (colour)
 * @param text  hover text
 */
public record Marker(int index, long at, TimelineKind kind, String text) {}
