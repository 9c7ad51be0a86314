/** The bundled demo library loaded into (and removed from) a store. */
@NullMarked
package dev.lifeguard.desktop.workbench.demo;

import org.jspecify.annotations.NullMarked;
