/** The Live view: watch a Prometheus endpoint, see alerts as they fire, declare an incident and keep recording. */
package dev.lifeguard.desktop.live;
