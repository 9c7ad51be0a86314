/** The use cases both front ends share, written once; no JavaFX and no picocli (see docs/decisions/0005). */
@NullMarked
package dev.lifeguard.desktop.workbench;

import org.jspecify.annotations.NullMarked;
