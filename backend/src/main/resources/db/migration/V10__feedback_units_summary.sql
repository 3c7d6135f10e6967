-- Coordinating units (đơn vị phối hợp): besides the lead unit (feedback_item.unit_id), which drafts the answer,
-- the office may name units that work with it; their staff read the item but do not draft.
CREATE TABLE feedback_coordinating_unit (
    feedback_id BIGINT NOT NULL,
    unit_id     BIGINT NOT NULL,
    PRIMARY KEY (feedback_id, unit_id),
    CONSTRAINT fk_feedback_coord_item FOREIGN KEY (feedback_id) REFERENCES feedback_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_coord_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    -- A unit's scope: the items it coordinates.
    INDEX ix_feedback_coord_unit (unit_id, feedback_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Answered at the session (đã trả lời tại hội nghị): who recorded it, when, and optionally what was said.
ALTER TABLE feedback_item
    ADD COLUMN session_answered_by VARCHAR(100) NULL,
    ADD COLUMN session_answered_at TIMESTAMP(6) NULL,
    ADD COLUMN session_note        TEXT         NULL;
