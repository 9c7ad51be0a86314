package dev.lifeguard.watch;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/**
 * A scrape that did not return an exposition: refused, timed out, too large, redirected elsewhere, an HTTP
 * error. The scrape path's one declared exception; the message is the reason, fit for a status line.
 */
public final class ScrapeException extends Exception {

    private final URI endpoint;

    /**
     * @param endpoint the URL that was scraped
     * @param reason   why it failed, e.g. {@code "connection refused"}
     */
    public ScrapeException(URI endpoint, String reason) {
        super(requireNonNull(reason, "reason"));
        this.endpoint = requireNonNull(endpoint, "endpoint");
    }

    /** The URL that was scraped. */
    public URI endpoint() {
        return endpoint;
    }
}
