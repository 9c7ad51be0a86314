/** The Replay tab: pool metrics on a shared time axis with phases, markers, transport and min/max decimation. */
package dev.lifeguard.desktop.replay;
