/** Importers that turn existing postmortems, incident logs and hazard entries into incidents, with a report. */
package dev.lifeguard.postmortem.importer;
