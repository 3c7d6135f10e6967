-- The leaders' figures (thống kê) group a body's feedback items received in a period by status, channel, kind, focus
-- area, ward and whether raised before, and time the answers: this index holds every column they read, in the order
-- they are narrowed (body, then the day received), so MariaDB reads the index alone and never the rows.
ALTER TABLE feedback_item
    ADD INDEX ix_feedback_statistics (body_id, created_at, merged_into_id, status, channel, kind, focus_area_id, ward_id,
                                      precedence, raised_before_count, answer_approved_at);
