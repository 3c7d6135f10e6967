-- The change audit keeps no raw personal data: a citizen's phone, e-mail, address and name are recorded masked
-- (09•••••678), readable enough to follow a change, with a keyed hash beside the entry so the same value can still be
-- matched (a person's request to see or erase their data finds every entry that carried it).
--
-- Rows written before this version still hold raw values. They are marked here and masked by the application on its
-- next start (vn.doithoai.common.audit.AuditRedaction), because the hash key lives in the application's configuration
-- and never in the database.
ALTER TABLE audit_log
    ADD COLUMN personal_data_masked BOOLEAN NOT NULL DEFAULT FALSE;

CREATE INDEX ix_audit_unmasked ON audit_log (personal_data_masked, id);

-- One row per personal value an entry carried: "phone/to" of entry 42 had this hash.
CREATE TABLE audit_personal_value (
    audit_id    BIGINT       NOT NULL,
    field       VARCHAR(120) NOT NULL,
    value_hash  CHAR(64)     NOT NULL,
    PRIMARY KEY (audit_id, field),
    CONSTRAINT fk_audit_personal_value_entry FOREIGN KEY (audit_id) REFERENCES audit_log (id),
    INDEX ix_audit_personal_value_hash (value_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
