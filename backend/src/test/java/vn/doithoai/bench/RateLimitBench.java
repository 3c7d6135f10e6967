package vn.doithoai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.doithoai.common.error.RateLimitedException;
import vn.doithoai.common.ratelimit.RateLimiter;
import vn.doithoai.common.ratelimit.RateLimits;

/**
 * `make bench`: what counting a request in the database adds to it, against the real MariaDB. An allowed hit
 * (the upsert, the read, the commit), a refused one (plus taking it back), and allowed hits from 8 threads at once.
 * Asserts no timing (speed is a measurement, not a test).
 */
@QuarkusTest
@Tag("bench")
class RateLimitBench {

    private static final int HITS = 2000;
    private static final int WARM_UP = 300;

    @Inject
    RateLimits limits;

    @Test
    void oneHitCostsWhat() throws Exception {
        RateLimiter limiter = limits.limiter("bench-" + UUID.randomUUID().toString().substring(0, 8), 5, Duration.ofMinutes(10));
        for (int i = 0; i < WARM_UP; i++) {
            limiter.acquire("10.1." + (i / 250) + "." + (i % 250));
        }
        long[] allowed = new long[HITS];
        for (int i = 0; i < HITS; i++) {
            String client = "10.2." + (i / 250) + "." + (i % 250);
            long t0 = System.nanoTime();
            limiter.acquire(client);
            allowed[i] = System.nanoTime() - t0;
        }
        long[] refused = new long[HITS];
        for (int i = 0; i < 5; i++) {
            limiter.acquire("10.3.0.1");
        }
        for (int i = 0; i < HITS; i++) {
            long t0 = System.nanoTime();
            try {
                limiter.acquire("10.3.0.1");
            } catch (RateLimitedException expected) {
                // the refused path is what is measured
            }
            refused[i] = System.nanoTime() - t0;
        }
        long[] parallel = parallel(limiter, 8, HITS / 8);
        String text = line("allowed, one after another", allowed) + "\n" + line("refused, one after another", refused) + "\n"
                + line("allowed, 8 threads at once (per hit)", parallel) + "\n";
        System.out.print(text.lines().map(l -> "BENCH " + l + "\n").reduce("", String::concat));
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/rate-limit.txt"), text);
    }

    private static long[] parallel(RateLimiter limiter, int threads, int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<long[]>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                tasks.add(() -> {
                    long[] times = new long[each];
                    for (int i = 0; i < each; i++) {
                        long t0 = System.nanoTime();
                        limiter.acquire(String.format("10.4.%d.%d", thread, i));
                        times[i] = System.nanoTime() - t0;
                    }
                    return times;
                });
            }
            long[] all = new long[threads * each];
            int k = 0;
            for (Future<long[]> f : pool.invokeAll(tasks)) {
                for (long v : f.get()) {
                    all[k++] = v;
                }
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String line(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return String.format("rate limit, %s: %d hits, median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms", what, n,
                sorted[n / 2] / 1e6, sorted[n * 95 / 100] / 1e6, sorted[n * 99 / 100] / 1e6, sorted[n - 1] / 1e6);
    }
}
