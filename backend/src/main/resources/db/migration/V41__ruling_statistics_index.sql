-- The ruling figures of a province's office read every ruling of a hundred bodies, plan by plan: this index holds every
-- column they count (and those of the overdue rulings' list: issued, follow-up open, due date, lead unit), so they
-- are read from it without a step to each row.
CREATE INDEX ix_ruling_statistics ON ruling (plan_id, status, follow_up, type, due_date, issued_at, created_at, resolved_on, lead_unit_id);
