/** Importing files into the incident store: one sniffer, one loop, a skip-or-replace policy. */
package dev.lifeguard.desktop.workbench.imports;
