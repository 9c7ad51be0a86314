/** The one configured Jackson mapper and versioned Lifeguard JSON documents. */
package dev.lifeguard.incident.json;
