-- A person's request to see, correct or erase what is held about them (yêu cầu của chủ thể dữ liệu), with the day it
-- was received, the day the law's deadline falls on (working days of the body's calendar) and how it ended. An office's
-- request names its body; one a citizen makes for themselves through their account names none. Once the person is
-- erased the request keeps only a label, not who they were.
CREATE TABLE data_subject_request (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    body_id            BIGINT        NULL,
    kind               VARCHAR(20)   NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    channel            VARCHAR(20)   NOT NULL,
    subject_phone      VARCHAR(15)   NULL,
    subject_email      VARCHAR(255)  NULL,
    subject_account    VARCHAR(100)  NULL,
    subject_person_id  BIGINT        NULL,
    subject_label      VARCHAR(255)  NOT NULL,
    received_on        DATE          NOT NULL,
    due_on             DATE          NOT NULL,
    note               VARCHAR(2000) NULL,
    outcome_note       VARCHAR(2000) NULL,
    decided_by         VARCHAR(100)  NULL,
    decided_at         DATETIME(6)   NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    created_by         VARCHAR(100)  NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_data_subject_request_body FOREIGN KEY (body_id) REFERENCES org_unit (id),
    INDEX ix_data_subject_request_body (body_id, created_at, id),
    INDEX ix_data_subject_request_due (status, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- When a person's identity, or an item's sender's contact, was replaced: what is erased is not matched or erased again.
ALTER TABLE person ADD COLUMN erased_at DATETIME(6) NULL;
ALTER TABLE feedback_item ADD COLUMN contact_erased_at DATETIME(6) NULL;
