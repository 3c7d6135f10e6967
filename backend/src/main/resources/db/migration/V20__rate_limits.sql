-- Per-client limits on the public doors (feedback submissions, lookups by tracking code, registrations), counted here
-- so that every backend instance shares one allowance per client. A sliding-window counter: one row per limit, client
-- and fixed window; a hit reads its window's row and the previous one's. A row is of use for its own window and the
-- next, then RateLimitPurge deletes it, so the table holds only the clients of the last two windows.
CREATE TABLE rate_limit_counter (
    limit_name   VARCHAR(40) NOT NULL,  -- e.g. tracking-code-lookup
    bucket       VARCHAR(64) NOT NULL,  -- the client: 203.0.113.7, 2001:db8:1:2::/64, or '#' + SHA-256 of a longer key
    window_start BIGINT      NOT NULL,  -- epoch milliseconds, a multiple of the limit's window
    hits         INT         NOT NULL,
    expires_at   BIGINT      NOT NULL,  -- epoch milliseconds: the end of the next window
    PRIMARY KEY (limit_name, bucket, window_start),
    INDEX ix_rate_limit_counter_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
