/** The bundled demo library: three incidents, one per classic pool failure, with metrics that tell the story. */
@NullMarked
package dev.lifeguard.incident.demo;

import org.jspecify.annotations.NullMarked;
