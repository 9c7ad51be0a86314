/** The bundled demo library loaded into (and removed from) a store. */
package dev.lifeguard.desktop.workbench.demo;
