package dev.lifeguard.watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit, one buffer at a time: past the limit it cancels the subscription
 * (the client then closes the connection) and fails, so an endless or huge body is never held whole.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    /**
     * The body went past the limit: {@code declared} is its Content-Length when that alone was over the limit
     * (nothing was read), or −1 when it was cut off while arriving.
     */
    static final class TooLarge extends IOException {
        final long limit;
        final long declared;

        TooLarge(long limit, long declared) {
            super("response body over " + limit + " bytes");
            this.limit = limit;
            this.declared = declared;
        }
    }

    private final long limit;
    private final TooLarge refusal;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;
    private long received;

    private BoundedBody(long limit, TooLarge refusal) {
        this.limit = limit;
        this.refusal = refusal;
    }

    /** A body kept up to {@code limit} bytes. */
    static BoundedBody upTo(long limit) {
        return new BoundedBody(limit, null);
    }

    /** A body not read at all: an error status's, whose text is not used. */
    static BoundedBody skipped() {
        return new BoundedBody(-1, null);
    }

    /** A body refused unread, because its declared length is over {@code limit}. */
    static BoundedBody refused(long limit, long declared) {
        return new BoundedBody(-1, new TooLarge(limit, declared));
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (refusal != null) {
            s.cancel();
            result.completeExceptionally(refusal);
        } else if (limit < 0) {
            s.cancel();
            result.complete(new byte[0]);
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return; // buffers already in flight when the subscription was cancelled
        }
        for (ByteBuffer buffer : items) {
            received += buffer.remaining();
            if (received > limit) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge(limit, -1));
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    /** Stops reading (the deadline passed); the client closes the connection. */
    void abort() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        result.completeExceptionally(new IOException("aborted"));
    }
}
