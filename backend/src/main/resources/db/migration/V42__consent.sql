-- Consent per purpose (đồng ý theo từng mục đích), one row per purpose the form offered to the person whose data it
-- took: given or not, under which version of the privacy notice, when (the product's clock), through which channel
-- (the person online, or staff entering on their behalf: in person, by phone, from a paper form, from an
-- organisation's report). A withdrawal keeps the row and says when, by whom and how; giving again after a withdrawal
-- rewrites the row (the audit log keeps the history). The subject is the record holding the person's data: a feedback
-- item's sender, a person, a registration waiting for the staff's decision.
-- Times are DATETIME: TIMESTAMP ends in 2038.
CREATE TABLE consent (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject_type        VARCHAR(30)  NOT NULL,
    subject_id          BIGINT       NOT NULL,
    purpose             VARCHAR(30)  NOT NULL,
    given               BOOLEAN      NOT NULL,
    notice_version      INT          NULL,
    channel             VARCHAR(30)  NOT NULL,
    recorded_by         VARCHAR(100) NOT NULL,
    recorded_at         DATETIME(6)  NOT NULL,
    withdrawn_at        DATETIME(6)  NULL,
    withdrawn_by        VARCHAR(100) NULL,
    withdrawal_channel  VARCHAR(30)  NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_consent_subject_purpose UNIQUE (subject_type, subject_id, purpose)
);
