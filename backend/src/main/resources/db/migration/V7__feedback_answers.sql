-- The answer to a feedback item: drafted by the assigned unit, consolidated by the office, approved by the chair.
-- Each step keeps who and when; the full history is in the audit log. The return reason is that of the last
-- send-back (office to unit, or chair to office) and is cleared once the answer goes to the chair again.
ALTER TABLE feedback_item
    ADD COLUMN answer_text          TEXT          NULL,
    ADD COLUMN answer_drafted_by    VARCHAR(100)  NULL,
    ADD COLUMN answer_drafted_at    TIMESTAMP(6)  NULL,
    ADD COLUMN answer_edited_by     VARCHAR(100)  NULL,
    ADD COLUMN answer_edited_at     TIMESTAMP(6)  NULL,
    ADD COLUMN answer_return_reason VARCHAR(2000) NULL,
    ADD COLUMN answer_returned_by   VARCHAR(100)  NULL,
    ADD COLUMN answer_returned_at   TIMESTAMP(6)  NULL,
    ADD COLUMN answer_submitted_by  VARCHAR(100)  NULL,
    ADD COLUMN answer_submitted_at  TIMESTAMP(6)  NULL,
    ADD COLUMN answer_approved_by   VARCHAR(100)  NULL,
    ADD COLUMN answer_approved_at   TIMESTAMP(6)  NULL;
