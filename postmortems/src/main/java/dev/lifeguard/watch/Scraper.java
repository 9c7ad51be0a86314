package dev.lifeguard.watch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** Fetches one exposition over HTTP, turning every failure into a short reason for the status line. */
final class Scraper {

    /** A scrape that did not return an exposition; the message is the reason, fit for a status line. */
    static final class Failure extends Exception {
        Failure(String reason) {
            super(reason);
        }
    }

    private final URI endpoint;
    private final Duration timeout;
    private HttpClient client;

    Scraper(URI endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
    }

    /**
     * The endpoint's text.
     *
     * @throws Failure              with the reason when the endpoint is down, slow or answers with an error
     * @throws InterruptedException when the poller is being stopped
     */
    String fetch() throws Failure, InterruptedException {
        try {
            HttpResponse<String> response = client().send(HttpRequest.newBuilder(endpoint)
                    .timeout(timeout)
                    .header("Accept", "text/plain;version=0.0.4;q=1.0, */*;q=0.1")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new Failure("HTTP " + response.statusCode());
            }
            return response.body();
        } catch (HttpTimeoutException e) {
            throw new Failure("no answer within " + timeout.toMillis() + " ms");
        } catch (ConnectException e) {
            throw new Failure("connection refused");
        } catch (IOException e) {
            throw new Failure(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return client;
    }
}
