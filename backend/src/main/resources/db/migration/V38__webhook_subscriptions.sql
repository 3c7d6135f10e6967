-- A partner's webhook subscription (đăng ký nhận sự kiện): where a body's partner system (a Keycloak client with the
-- client-credentials grant, named by its client id) wants to hear what happens in the body's dialogues, and which
-- events. The body's administrator keeps them. The secret signs every delivery (HMAC-SHA256); the application needs
-- it in clear to sign, shows it once when the subscription is made and never again.
CREATE TABLE webhook_subscription (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    body_id           BIGINT        NOT NULL,
    partner_client_id VARCHAR(255)  NOT NULL,
    callback_url      VARCHAR(2000) NOT NULL,
    -- The events asked for, comma-separated names of WebhookEventType.
    event_types       VARCHAR(500)  NOT NULL,
    secret            VARCHAR(100)  NOT NULL,
    active            BOOLEAN       NOT NULL DEFAULT TRUE,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_by        VARCHAR(100)  NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    CONSTRAINT fk_webhook_subscription_body FOREIGN KEY (body_id) REFERENCES org_unit (id),
    INDEX ix_webhook_subscription_body (body_id, active, id),
    INDEX ix_webhook_subscription_partner (partner_client_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
