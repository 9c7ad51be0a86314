/** The use cases both front ends share, written once; no JavaFX and no picocli (see docs/decisions/0005). */
package dev.lifeguard.desktop.workbench;
