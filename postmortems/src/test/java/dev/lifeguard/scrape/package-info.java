/** Tests of exposition reading and sample derivation, shared by ingest and watch. */
package dev.lifeguard.scrape;
