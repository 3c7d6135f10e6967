-- Webhook deliveries go through the one outbox (table notification), on channel WEBHOOK: the row's body is the
-- CloudEvent, its subject the event's type, its recipient the callback URL when it was queued. The dispatcher signs
-- with the subscription's secret and posts to its callback URL as they are when it sends.
--
-- Every channel now waits before trying again (next_attempt_at, doubled after each failure) instead of trying every
-- run, so that a partner whose system is down is not hammered; the HTTP status of the last try is kept for the
-- delivery log.
ALTER TABLE notification
    ADD COLUMN subscription_id BIGINT      NULL,
    ADD COLUMN next_attempt_at DATETIME(6) NULL,
    ADD COLUMN last_status     INT         NULL,
    ADD COLUMN last_attempt_at DATETIME(6) NULL,
    ADD CONSTRAINT fk_notification_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    ADD INDEX ix_notification_subscription (subscription_id, id);
