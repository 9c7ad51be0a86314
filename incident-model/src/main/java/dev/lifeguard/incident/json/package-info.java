/** The one configured Jackson mapper and versioned Lifeguard JSON documents. */
@NullMarked
package dev.lifeguard.incident.json;

import org.jspecify.annotations.NullMarked;
