-- The conclusion notice of a plan (thông báo kết luận): at most one per plan, its draft fields edited by the
-- office, and every generated DOCX/PDF pair kept as a numbered revision (never regenerated silently).
CREATE TABLE conclusion_notice (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id      BIGINT        NOT NULL,
    number       VARCHAR(20)   NULL,
    symbol       VARCHAR(50)   NULL,
    issued_on    DATE          NULL,
    parent_body  VARCHAR(300)  NULL,
    signer_name  VARCHAR(200)  NULL,
    signer_title VARCHAR(300)  NULL,
    recipients   TEXT          NOT NULL,
    opening      TEXT          NULL,
    revision     INT           NOT NULL DEFAULT 0,
    version      BIGINT        NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    updated_at   TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_notice_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT uq_notice_plan UNIQUE (plan_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Each generation: the files as issued, what they were issued as, and why it was generated again.
CREATE TABLE conclusion_notice_revision (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notice_id    BIGINT        NOT NULL,
    revision     INT           NOT NULL,
    number       VARCHAR(20)   NOT NULL,
    symbol       VARCHAR(50)   NOT NULL,
    issued_on    DATE          NOT NULL,
    reason       TEXT          NULL,
    docx_file_id BIGINT        NOT NULL,
    pdf_file_id  BIGINT        NOT NULL,
    generated_by VARCHAR(100)  NOT NULL,
    generated_at TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_notice_revision_notice FOREIGN KEY (notice_id) REFERENCES conclusion_notice (id) ON DELETE CASCADE,
    CONSTRAINT fk_notice_revision_docx FOREIGN KEY (docx_file_id) REFERENCES stored_file (id),
    CONSTRAINT fk_notice_revision_pdf FOREIGN KEY (pdf_file_id) REFERENCES stored_file (id),
    CONSTRAINT uq_notice_revision UNIQUE (notice_id, revision)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
