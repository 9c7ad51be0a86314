/** Importing files into the incident store: one sniffer, one loop, a skip-or-replace policy. */
@NullMarked
package dev.lifeguard.desktop.workbench.imports;

import org.jspecify.annotations.NullMarked;
