/** The Hazard tab: the DCB0129 hazard-log form with its clickable 5×5 risk matrix. */
package dev.lifeguard.desktop.hazard;
