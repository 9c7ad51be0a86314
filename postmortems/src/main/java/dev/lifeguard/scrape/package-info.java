/** Reading HikariCP metric expositions into pool samples, shared by metric ingest and live watch. */
package dev.lifeguard.scrape;
