/** Live watch of a Prometheus exposition endpoint: polling, alert rules, recording and declaring an incident. */
package dev.lifeguard.watch;
