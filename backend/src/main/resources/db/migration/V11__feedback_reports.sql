-- Reports of the Fatherland Front, mass organisations and wards (báo cáo tổng hợp ý kiến): one report holds many
-- items, entered as one form or imported from a spreadsheet. The items are ordinary feedback items that point back
-- to their report; the report keeps who sent it and when, so the office can cite it ("Báo cáo số 12/BC-MTTQ").
CREATE TABLE feedback_report (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id              BIGINT        NOT NULL,
    organisation         VARCHAR(255)  NOT NULL,
    organisation_unit_id BIGINT        NULL,
    reference            VARCHAR(100)  NULL,
    report_date          DATE          NULL,
    received_on          DATE          NOT NULL,
    channel              VARCHAR(30)   NOT NULL,
    -- Set when the report came from a file: the file's name as the user had it.
    source_file_name     VARCHAR(255)  NULL,
    item_count           INT           NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    created_at           TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_feedback_report_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_report_unit FOREIGN KEY (organisation_unit_id) REFERENCES org_unit (id),
    INDEX ix_feedback_report_plan (plan_id, created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

ALTER TABLE feedback_item
    ADD COLUMN report_id BIGINT NULL,
    ADD CONSTRAINT fk_feedback_report FOREIGN KEY (report_id) REFERENCES feedback_report (id) ON DELETE SET NULL,
    ADD INDEX ix_feedback_item_report (report_id, ward_id);
