/** Readable error messages with details on demand, and where the console collects them. */
package dev.lifeguard.desktop.errors;
