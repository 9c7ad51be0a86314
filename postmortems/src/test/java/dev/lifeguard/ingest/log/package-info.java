/** Tests of the log scanner's parts. */
package dev.lifeguard.ingest.log;
