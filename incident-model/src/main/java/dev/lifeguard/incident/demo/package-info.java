/** The bundled demo library: three incidents, one per classic pool failure, with metrics that tell the story. */
package dev.lifeguard.incident.demo;
