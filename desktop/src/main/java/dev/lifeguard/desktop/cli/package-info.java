/** The command-line interface (picocli): one class per command, sharing the store option and exit codes. */
package dev.lifeguard.desktop.cli;
