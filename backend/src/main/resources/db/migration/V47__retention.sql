-- Retention periods run from the day a dialogue's matter is closed: the plan closed (every follow-up done) or called
-- off. Plans closed or cancelled before this column existed count from their last change.
ALTER TABLE plan ADD COLUMN closed_at DATETIME(6) NULL;
UPDATE plan SET closed_at = updated_at WHERE status IN ('CLOSED', 'CANCELLED');
CREATE INDEX ix_plan_closed ON plan (closed_at);
