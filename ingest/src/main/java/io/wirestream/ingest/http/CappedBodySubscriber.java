package io.wirestream.ingest.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body as it arrives, one buffer at a time, and cancels the exchange as soon as it
 * grows past the cap, so that an endless or huge body costs at most the cap in memory. A declared
 * Content-Length over the cap fails before a byte is read.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    private final long maxBytes;
    private final long declaredLength;
    private final String source;
    private final FetchException refusal;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream received;
    // Set in onSubscribe and used only by the signals that follow it, which the HTTP client serializes.
    private Flow.Subscription subscription;

    /**
     * @param maxBytes       the cap
     * @param declaredLength the Content-Length the server declared, or -1
     * @param source         what is read, for the error message
     */
    CappedBodySubscriber(long maxBytes, long declaredLength, String source) {
        this(maxBytes, declaredLength, source, null);
    }

    private CappedBodySubscriber(long maxBytes, long declaredLength, String source, FetchException refusal) {
        this.maxBytes = maxBytes;
        this.declaredLength = declaredLength;
        this.source = source;
        this.refusal = refusal;
        // Sized for the declared body, when it is declared and allowed, so that it is not copied as it grows.
        this.received = new ByteArrayOutputStream(declaredLength > 0 && declaredLength <= maxBytes
                ? (int) declaredLength : 8192);
    }

    /** A subscriber that reads nothing: it cancels the exchange and fails with {@code refusal}. */
    static CappedBodySubscriber refusing(FetchException refusal) {
        return new CappedBodySubscriber(0, -1, "", refusal);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (refusal != null) {
            s.cancel();
            body.completeExceptionally(refusal);
        } else if (declaredLength > maxBytes) {
            tooLarge();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return; // signals may still trickle in after a cancel
        }
        for (ByteBuffer buffer : buffers) {
            if (received.size() + (long) buffer.remaining() > maxBytes) {
                tooLarge();
                return;
            }
            if (buffer.hasArray()) {
                received.write(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
                buffer.position(buffer.limit());
            } else {
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                received.writeBytes(bytes);
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        body.complete(received.toByteArray());
    }

    private void tooLarge() {
        subscription.cancel();
        body.completeExceptionally(BodyLimit.tooLarge(source, maxBytes));
    }
}
