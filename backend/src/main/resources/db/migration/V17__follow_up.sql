-- Follow-up of issued rulings (theo dõi thực hiện kết luận): the history of progress reports behind the latest state
-- kept on the ruling (V13), their photos and documents, and an outbox of notifications (reminders, the overdue
-- digest, notices to the people whose matter was resolved) that makes each one go out exactly once.

-- Where a unit receives reminders; null: the unit gets none (the office's digest still lists its rulings).
ALTER TABLE org_unit
    ADD COLUMN email VARCHAR(255) NULL;

-- One report on a ruling: by its lead unit (moves percent and status), a coordinating unit or the office (a note).
-- status_after is the ruling's follow-up status once the report was recorded; percent is null for a note only.
CREATE TABLE ruling_progress (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ruling_id    BIGINT       NOT NULL,
    unit_id      BIGINT       NULL,
    author       VARCHAR(100) NOT NULL,
    author_name  VARCHAR(200) NULL,
    note         TEXT         NOT NULL,
    percent      INT          NULL,
    status_after VARCHAR(20)  NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_ruling_progress_ruling FOREIGN KEY (ruling_id) REFERENCES ruling (id) ON DELETE CASCADE,
    CONSTRAINT fk_ruling_progress_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_ruling_progress_percent CHECK (percent IS NULL OR percent BETWEEN 0 AND 100),
    INDEX ix_ruling_progress_ruling (ruling_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Photos and PDFs sent with a report; the file is a stored_file judged by its content, like a feedback attachment.
CREATE TABLE ruling_progress_attachment (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    progress_id BIGINT       NOT NULL,
    file_id     BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    CONSTRAINT fk_progress_attachment_report FOREIGN KEY (progress_id) REFERENCES ruling_progress (id) ON DELETE CASCADE,
    CONSTRAINT fk_progress_attachment_file FOREIGN KEY (file_id) REFERENCES stored_file (id),
    CONSTRAINT uq_progress_attachment_file UNIQUE (file_id),
    INDEX ix_progress_attachment_report (progress_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The outbox. business_key says what the message is about (e.g. DUE_SOON:r12:2026-12-01, OVERDUE_DIGEST:2026-11-26,
-- RESOLVED:r12:mail@example.vn): queued with INSERT IGNORE, so a second instance or a rerun after a restart queues
-- nothing new. The dispatcher claims PENDING rows with SELECT … FOR UPDATE SKIP LOCKED and marks them SENT in the
-- same transaction.
CREATE TABLE notification (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    business_key VARCHAR(300)  NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    channel      VARCHAR(10)   NOT NULL,
    recipient    VARCHAR(255)  NOT NULL,
    subject      VARCHAR(500)  NOT NULL,
    body         TEXT          NOT NULL,
    ruling_id    BIGINT        NULL,
    status       VARCHAR(10)   NOT NULL,
    attempts     INT           NOT NULL DEFAULT 0,
    last_error   VARCHAR(1000) NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    sent_at      TIMESTAMP(6)  NULL,
    CONSTRAINT uq_notification_key UNIQUE (business_key),
    CONSTRAINT fk_notification_ruling FOREIGN KEY (ruling_id) REFERENCES ruling (id) ON DELETE CASCADE,
    INDEX ix_notification_status (status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
