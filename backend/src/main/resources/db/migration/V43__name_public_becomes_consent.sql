-- "Đồng ý công khai họ tên" was a yes/no on the person and on a waiting registration. It becomes the purpose
-- SHOW_NAME_PUBLICLY: each yes given before notices were versioned is kept as a consent given through the
-- BEFORE_NOTICE channel, with no notice version and the record's own creation time. The name_public columns stay as
-- what the public lists filter on; only the consents write them from now on.
INSERT INTO consent (subject_type, subject_id, purpose, given, notice_version, channel, recorded_by, recorded_at)
SELECT 'PERSON', p.id, 'SHOW_NAME_PUBLICLY', TRUE, NULL, 'BEFORE_NOTICE', p.created_by, p.created_at
FROM person p WHERE p.name_public = TRUE;

INSERT INTO consent (subject_type, subject_id, purpose, given, notice_version, channel, recorded_by, recorded_at)
SELECT 'PENDING_REGISTRATION', r.id, 'SHOW_NAME_PUBLICLY', TRUE, NULL, 'BEFORE_NOTICE', r.created_by, r.created_at
FROM pending_registration r WHERE r.name_public = TRUE;
