/** The Lifeguard application: the launcher that opens the console or runs the command line. */
package dev.lifeguard.desktop;
