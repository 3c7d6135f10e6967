-- What changed for someone at work, shown under the bell in the app (thông báo): an item assigned to their unit, an
-- answer returned to them, an answer approved, a task or a ruling's report due the next working day. A notification
-- is addressed to a group, as work is (the officers of a unit, the office of a body), not to named accounts: an
-- officer who joins the unit tomorrow sees what is still on its desk. Each reader's own reading is kept apart.
-- The email outbox (table notification) is separate and unchanged.
CREATE TABLE inbox_notification (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(30)  NOT NULL,
    -- The audience: a role within a body, and for role unit the unit.
    role         VARCHAR(20)  NOT NULL,
    body_id      BIGINT       NOT NULL,
    unit_id      BIGINT       NULL,
    -- What it is about, for the link: a feedback item, a ruling or a preparation task of a plan.
    subject      VARCHAR(20)  NOT NULL,
    subject_id   BIGINT       NOT NULL,
    plan_id      BIGINT       NOT NULL,
    title        VARCHAR(300) NOT NULL,
    due_date     DATE         NULL,
    -- Set for those a job makes, so that running it twice (two instances, a restart) adds nothing.
    business_key VARCHAR(200) NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT uq_inbox_notification_key UNIQUE (business_key),
    CONSTRAINT fk_inbox_notification_body FOREIGN KEY (body_id) REFERENCES org_unit (id),
    CONSTRAINT fk_inbox_notification_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    INDEX ix_inbox_notification_audience (body_id, role, unit_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE inbox_read (
    notification_id BIGINT       NOT NULL,
    username        VARCHAR(100) NOT NULL,
    read_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (notification_id, username),
    CONSTRAINT fk_inbox_read_notification FOREIGN KEY (notification_id) REFERENCES inbox_notification (id),
    INDEX ix_inbox_read_user (username, notification_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
