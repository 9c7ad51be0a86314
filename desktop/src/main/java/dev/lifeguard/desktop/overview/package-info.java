/** The Overview tab: what happened, how bad, how long. */
package dev.lifeguard.desktop.overview;
