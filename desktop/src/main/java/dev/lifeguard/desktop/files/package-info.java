/** Where the console saves files the user exports: the save dialog (behind an interface tests replace) and "open folder". */
package dev.lifeguard.desktop.files;
