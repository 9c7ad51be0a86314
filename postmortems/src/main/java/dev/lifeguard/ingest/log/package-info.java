/** A streaming log scanner that recognises pool and database signatures and collapses bursts into timeline entries. */
package dev.lifeguard.ingest.log;
