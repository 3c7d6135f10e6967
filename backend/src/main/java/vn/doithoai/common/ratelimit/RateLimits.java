package vn.doithoai.common.ratelimit;

import java.time.Clock;
import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;

/**
 * Where every per-client limit is made: {@code limits.limiter("feedback-submission", 10, Duration.ofMinutes(10))},
 * then {@code limiter.acquire(client)} on each attempt. The counts are kept in the database (rate_limit_counter), so
 * a client gets one allowance whichever instance answers it, and no instance holds them in memory.
 * <p>
 * They go through their own small pool ({@code quarkus.datasource.rate-limits.*}, the same database): a hit is
 * counted in a transaction of its own while the caller may hold a connection of the main pool in its transaction,
 * and taking a second connection from that pool could starve it under load.
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    @DataSource("rate-limits")
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    private SharedCounters counters;

    @PostConstruct
    void init() {
        counters = new SharedCounters(dataSource::getConnection);
    }

    /** A limit of {@code max} actions per client within {@code window}, under a name of its own (a-z, 0-9, '-'). */
    public RateLimiter limiter(String name, int max, Duration window) {
        return new RateLimiter(name, max, window, clock, counters);
    }

    SharedCounters counters() {
        return counters;
    }
}
