-- Follow-up state of a ruling (theo dõi thực hiện), kept on the ruling so lists and the public page need no
-- aggregate: the latest percentage, when it last moved, and why it cannot be resolved. The history of reports
-- is in the follow-up tables added with the workflow.
ALTER TABLE ruling
    ADD COLUMN progress_percent      INT          NOT NULL DEFAULT 0,
    ADD COLUMN progress_note         TEXT         NULL,
    ADD COLUMN follow_up_updated_at  TIMESTAMP(6) NULL,
    ADD COLUMN resolved_on           DATE         NULL,
    ADD COLUMN cannot_resolve_reason TEXT         NULL,
    ADD INDEX ix_ruling_plan_follow_up (plan_id, follow_up, due_date);
