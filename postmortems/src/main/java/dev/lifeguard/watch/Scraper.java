package dev.lifeguard.watch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetches one exposition over HTTP. The timeout bounds the whole exchange, redirects included and the body to
 * its last byte; the body is read up to a limit and cut off past it; redirects are followed only on the same
 * host. Every failure becomes a {@link ScrapeException} with a short reason for the status line.
 */
final class Scraper {

    private static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final URI endpoint;
    private final Duration timeout;
    private final long maxBodyBytes;
    private HttpClient client;

    Scraper(URI endpoint, Duration timeout, long maxBodyBytes) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * The endpoint's text.
     *
     * @throws ScrapeException      with the reason when the endpoint is down, slow, too large, redirects to
     *                              another host or answers with an error
     * @throws InterruptedException when the poller is being stopped
     */
    String fetch() throws ScrapeException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI target = endpoint;
        for (int hop = 0; ; hop++) {
            HttpResponse<byte[]> response = exchange(target, deadline);
            int status = response.statusCode();
            if (status == 200) {
                return new String(response.body(), StandardCharsets.UTF_8);
            }
            if (!REDIRECTS.contains(status)) {
                throw new ScrapeException(endpoint, "HTTP " + status);
            }
            String location = response.headers()
                    .firstValue("Location")
                    .orElseThrow(
                            () -> new ScrapeException(endpoint, "HTTP " + status + " redirect without a Location"));
            URI next;
            try {
                next = target.resolve(location);
            } catch (IllegalArgumentException e) {
                throw new ScrapeException(endpoint, "HTTP " + status + " redirect to an unreadable Location");
            }
            if (!sameHost(target, next)) {
                throw new ScrapeException(
                        endpoint,
                        "refused a redirect from host " + target.getHost() + " to another host, "
                                + (next.getHost() == null ? next : next.getHost()));
            }
            if (hop + 1 > MAX_REDIRECTS) {
                throw new ScrapeException(endpoint, "more than " + MAX_REDIRECTS + " redirects");
            }
            target = next;
        }
    }

    /** One request and its whole response, within what is left until {@code deadline}. */
    private HttpResponse<byte[]> exchange(URI target, long deadline) throws ScrapeException, InterruptedException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw timedOut();
        }
        AtomicReference<BoundedBody> body = new AtomicReference<>();
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofNanos(left))
                .header("Accept", "text/plain;version=0.0.4;q=1.0, */*;q=0.1")
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> answer = client().sendAsync(request, info -> {
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            // only a 200's body is read; a declared length over the limit is refused before any byte of it
            BoundedBody subscriber = info.statusCode() != 200
                    ? BoundedBody.skipped()
                    : declared > maxBodyBytes
                            ? BoundedBody.refused(maxBodyBytes, declared)
                            : BoundedBody.upTo(maxBodyBytes);
            body.set(subscriber);
            return subscriber;
        });
        try {
            return answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abort(answer, body.get());
            throw timedOut();
        } catch (InterruptedException e) {
            abort(answer, body.get());
            throw e;
        } catch (ExecutionException e) {
            throw reason(e.getCause());
        }
    }

    private static void abort(CompletableFuture<?> answer, BoundedBody body) {
        if (body != null) {
            body.abort();
        }
        answer.cancel(true);
    }

    private ScrapeException timedOut() {
        return new ScrapeException(endpoint, "no complete answer within " + timeout.toMillis() + " ms");
    }

    private ScrapeException reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BoundedBody.TooLarge large) {
                return new ScrapeException(
                        endpoint,
                        (large.declared < 0
                                        ? "response cut off at the limit of " + large.limit + " bytes"
                                        : "response of " + large.declared + " bytes refused: over the limit of "
                                                + large.limit + " bytes")
                                + " (--max-body)");
            }
            if (t instanceof HttpTimeoutException) {
                return timedOut();
            }
            if (t instanceof ConnectException) {
                return new ScrapeException(endpoint, "connection refused");
            }
        }
        if (failure instanceof IOException && failure.getMessage() != null) {
            return new ScrapeException(endpoint, failure.getMessage());
        }
        return new ScrapeException(
                endpoint,
                failure == null
                        ? "unknown failure"
                        : failure.getClass().getSimpleName()
                                + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
    }

    private static boolean sameHost(URI from, URI to) {
        String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https"))
                && to.getHost() != null
                && to.getHost().equalsIgnoreCase(from.getHost());
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return client;
    }
}
