-- Photos and PDFs sent with a feedback item (at most five per item, checked by the service). The file itself is
-- a stored_file, like a task's report: judged by its content, photos already reduced and stripped of metadata.
CREATE TABLE feedback_attachment (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    feedback_id BIGINT       NOT NULL,
    file_id     BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    CONSTRAINT fk_feedback_attachment_item FOREIGN KEY (feedback_id) REFERENCES feedback_item (id),
    CONSTRAINT fk_feedback_attachment_file FOREIGN KEY (file_id) REFERENCES stored_file (id),
    CONSTRAINT uq_feedback_attachment_file UNIQUE (file_id),
    INDEX ix_feedback_attachment_item (feedback_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
