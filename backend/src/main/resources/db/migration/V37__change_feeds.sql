-- Partner systems keep a copy of a body's feedback in sync by reading what changed since their last call, in the order
-- (updated_at, id): this index reads a body's changes in that order from where the last page ended.
ALTER TABLE feedback_item
    ADD INDEX ix_feedback_body_changes (body_id, updated_at, id),
    ADD INDEX ix_feedback_changes (updated_at, id);
