/** "Would this config have survived?": a proposed pool replayed against every past incident, from the console. */
package dev.lifeguard.desktop.survival;
