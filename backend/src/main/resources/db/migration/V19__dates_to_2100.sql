-- Dates to 2100. MariaDB's TIMESTAMP ends at 2038-01-19 03:14:07 UTC, so a session planned for 2040 could not be saved,
-- while the product's calendar (and every date the API takes) runs from 1990 to 2100. DATETIME(6) holds any year the
-- product needs, at the same microsecond precision.
--
-- The values keep their meaning. The application writes and reads every instant as UTC wall-clock time
-- (quarkus.hibernate-orm.jdbc.timezone=UTC), and the server turned that text into a TIMESTAMP through the session's
-- time_zone; MODIFY turns it back into text through the same time_zone, which gives the UTC text the application
-- wrote, now stored as is. So the migration must run with the time_zone the application's connections use (both use
-- the server's default: neither sets one), and nothing else is needed. Nullability is kept. No column was declared with
-- a default; on a server with explicit_defaults_for_timestamp off, the implicit ON UPDATE CURRENT_TIMESTAMP of a table's
-- first TIMESTAMP goes away too, which is right: the application sets every one of these values itself.

ALTER TABLE audit_log
    MODIFY occurred_at DATETIME(6) NOT NULL;

ALTER TABLE org_unit
    MODIFY created_at DATETIME(6) NOT NULL,
    MODIFY updated_at DATETIME(6) NOT NULL;

ALTER TABLE demo_data_applied
    MODIFY applied_at DATETIME(6) NOT NULL;

ALTER TABLE calendar_override
    MODIFY created_at DATETIME(6) NOT NULL,
    MODIFY updated_at DATETIME(6) NOT NULL;

ALTER TABLE stored_file
    MODIFY created_at DATETIME(6) NOT NULL;

ALTER TABLE plan_template
    MODIFY created_at DATETIME(6) NOT NULL,
    MODIFY updated_at DATETIME(6) NOT NULL;

ALTER TABLE plan
    MODIFY session_at DATETIME(6) NULL,
    MODIFY created_at DATETIME(6) NOT NULL,
    MODIFY updated_at DATETIME(6) NOT NULL;

ALTER TABLE person
    MODIFY created_at DATETIME(6) NOT NULL,
    MODIFY updated_at DATETIME(6) NOT NULL;

ALTER TABLE invitation_batch
    MODIFY created_at DATETIME(6) NOT NULL;

ALTER TABLE participation
    MODIFY rsvp_at       DATETIME(6) NULL,
    MODIFY checked_in_at DATETIME(6) NULL,
    MODIFY created_at    DATETIME(6) NOT NULL,
    MODIFY updated_at    DATETIME(6) NOT NULL;

ALTER TABLE idempotency_record
    MODIFY created_at DATETIME(6) NOT NULL;

ALTER TABLE feedback_item
    MODIFY created_at          DATETIME(6) NOT NULL,
    MODIFY updated_at          DATETIME(6) NOT NULL,
    MODIFY answer_drafted_at   DATETIME(6) NULL,
    MODIFY answer_edited_at    DATETIME(6) NULL,
    MODIFY answer_returned_at  DATETIME(6) NULL,
    MODIFY answer_submitted_at DATETIME(6) NULL,
    MODIFY answer_approved_at  DATETIME(6) NULL,
    MODIFY session_answered_at DATETIME(6) NULL;

ALTER TABLE feedback_attachment
    MODIFY created_at DATETIME(6) NOT NULL;

ALTER TABLE feedback_link
    MODIFY created_at DATETIME(6) NOT NULL;

ALTER TABLE feedback_report
    MODIFY created_at DATETIME(6) NOT NULL;

ALTER TABLE ruling
    MODIFY issued_at            DATETIME(6) NULL,
    MODIFY created_at           DATETIME(6) NOT NULL,
    MODIFY updated_at           DATETIME(6) NOT NULL,
    MODIFY follow_up_updated_at DATETIME(6) NULL;

ALTER TABLE session_record
    MODIFY started_at DATETIME(6) NOT NULL,
    MODIFY ended_at   DATETIME(6) NULL,
    MODIFY updated_at DATETIME(6) NOT NULL;

ALTER TABLE session_agenda_progress
    MODIFY started_at DATETIME(6) NULL,
    MODIFY ended_at   DATETIME(6) NULL;

ALTER TABLE session_speaker
    MODIFY started_at DATETIME(6) NULL,
    MODIFY ended_at   DATETIME(6) NULL,
    MODIFY created_at DATETIME(6) NOT NULL,
    MODIFY updated_at DATETIME(6) NOT NULL;

ALTER TABLE session_answer
    MODIFY created_at DATETIME(6) NOT NULL;

ALTER TABLE minutes
    MODIFY finalised_at DATETIME(6) NULL,
    MODIFY created_at   DATETIME(6) NOT NULL,
    MODIFY updated_at   DATETIME(6) NOT NULL;

ALTER TABLE minutes_signature
    MODIFY recorded_at DATETIME(6) NOT NULL;

ALTER TABLE conclusion_notice
    MODIFY created_at DATETIME(6) NOT NULL,
    MODIFY updated_at DATETIME(6) NOT NULL;

ALTER TABLE conclusion_notice_revision
    MODIFY generated_at DATETIME(6) NOT NULL;

ALTER TABLE ruling_progress
    MODIFY created_at DATETIME(6) NOT NULL;

ALTER TABLE ruling_progress_attachment
    MODIFY created_at DATETIME(6) NOT NULL;

ALTER TABLE notification
    MODIFY created_at DATETIME(6) NOT NULL,
    MODIFY sent_at    DATETIME(6) NULL;
