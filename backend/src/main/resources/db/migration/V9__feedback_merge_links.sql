-- Duplicates and matters raised before.
-- A merged item keeps every column of its own (sender, ward, code, attachments, status): merged_into_id only says
-- which item (the primary) now speaks for it, so unmerging is clearing that column. The primary carries its group's
-- size, distinct senders and distinct wards, kept by the application on merge and unmerge, so list rows need no
-- aggregate. raised_before_count counts the item's links to earlier dialogues; precedence is 1 while it has one
-- and is still open (not rejected, not ruled): lists sort on it first, so every list index gets it before created_at.
ALTER TABLE feedback_item
    ADD COLUMN merged_into_id      BIGINT  NULL,
    ADD COLUMN merged_count        INT     NOT NULL DEFAULT 0,
    ADD COLUMN merged_submitters   INT     NOT NULL DEFAULT 0,
    ADD COLUMN merged_wards        INT     NOT NULL DEFAULT 0,
    ADD COLUMN raised_before_count INT     NOT NULL DEFAULT 0,
    ADD COLUMN precedence          TINYINT NOT NULL DEFAULT 0,
    ADD CONSTRAINT fk_feedback_merged_into FOREIGN KEY (merged_into_id) REFERENCES feedback_item (id) ON DELETE SET NULL,
    ADD INDEX ix_feedback_merged_into (merged_into_id),
    DROP INDEX ix_feedback_plan_status,
    DROP INDEX ix_feedback_plan,
    DROP INDEX ix_feedback_plan_ward,
    DROP INDEX ix_feedback_ward,
    DROP INDEX ix_feedback_unit,
    DROP INDEX ix_feedback_focus_area,
    DROP INDEX ix_feedback_account,
    DROP INDEX ix_feedback_created,
    ADD INDEX ix_feedback_plan_status (plan_id, status, precedence, created_at, id),
    ADD INDEX ix_feedback_plan (plan_id, precedence, created_at, id),
    ADD INDEX ix_feedback_plan_ward (plan_id, ward_id, precedence, created_at, id),
    ADD INDEX ix_feedback_ward (ward_id, precedence, created_at, id),
    ADD INDEX ix_feedback_unit (unit_id, precedence, created_at, id),
    ADD INDEX ix_feedback_focus_area (focus_area_id, precedence, created_at, id),
    ADD INDEX ix_feedback_account (account, precedence, created_at, id),
    ADD INDEX ix_feedback_created (precedence, created_at, id);

-- "Đã kiến nghị nhiều lần": an item linked to an item of an earlier dialogue. earlier_item_id is nullable so that a
-- link to a ruling (kết luận, a later issue) can be a column of its own beside it.
CREATE TABLE feedback_link (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id         BIGINT        NOT NULL,
    earlier_item_id BIGINT        NULL,
    note            VARCHAR(1000) NULL,
    created_by      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_feedback_link_item FOREIGN KEY (item_id) REFERENCES feedback_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_link_earlier FOREIGN KEY (earlier_item_id) REFERENCES feedback_item (id) ON DELETE SET NULL,
    CONSTRAINT uq_feedback_link_earlier UNIQUE (item_id, earlier_item_id),
    INDEX ix_feedback_link_earlier (earlier_item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
