package vn.doithoai.document;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;

import vn.doithoai.common.error.ServerBusyException;

/**
 * How many photos are decoded at the same time. Decoding is all processor work and each decode holds up to about 50 MB
 * of heap (see {@link Photos}), so a few at a time go as fast as many and stay within the heap. A photo that cannot
 * start within the wait is refused with 503 and Retry-After rather than queued without end: phones send again, and a
 * burst of uploads cannot pile up requests, each holding its upload, behind the decoders.
 */
@ApplicationScoped
@Startup // a wrong setting stops the start rather than the first upload
public class PhotoDecodes {

    /** Long enough for a few decodes to finish (a 24 MP phone photo takes well under a second). */
    static final long RETRY_AFTER_SECONDS = 5;

    @ConfigProperty(name = "doithoai.photos.concurrent-decodes", defaultValue = "2")
    int concurrentDecodes;

    @ConfigProperty(name = "doithoai.photos.decode-wait", defaultValue = "PT2S")
    Duration decodeWait;

    private Semaphore decoders;

    @PostConstruct
    void init() {
        if (concurrentDecodes < 1) {
            throw new IllegalStateException("doithoai.photos.concurrent-decodes must be at least 1, not " + concurrentDecodes);
        }
        // Fair: the uploads that have waited longest are decoded first.
        decoders = new Semaphore(concurrentDecodes, true);
    }

    /** Runs one decode when a decoder is free within the wait; otherwise refuses (503, Retry-After). */
    public <T> T run(Supplier<T> decode) {
        boolean free;
        try {
            free = decoders.tryAcquire(decodeWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            free = false;
        }
        if (!free) {
            throw new ServerBusyException(RETRY_AFTER_SECONDS, "document.photos-busy");
        }
        try {
            return decode.get();
        } finally {
            decoders.release();
        }
    }
}
