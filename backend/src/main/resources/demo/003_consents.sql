-- The demo's people, senders and registrations consented under the privacy notice (version 1), as the law asks of
-- everyone whose data is taken in: to have their matter handled and to be contacted; the name shown publicly only
-- for those marked so. Staff entered most of them from paper forms (phiếu), citizens who registered or sent online
-- gave it online; the organisations' reports carried their senders' consent. Made-up people, made-up consents.
-- Rows already there (a consent given since, or the name-public yes of the earlier forms) are left as they are.
INSERT INTO consent (subject_type, subject_id, purpose, given, notice_version, channel, recorded_by, recorded_at)
SELECT 'PERSON', p.id, pu.purpose,
       CASE WHEN pu.purpose = 'SHOW_NAME_PUBLICLY' THEN p.name_public ELSE TRUE END,
       1,
       CASE WHEN EXISTS (SELECT 1 FROM participation pa WHERE pa.person_id = p.id AND pa.source = 'REGISTRATION')
            THEN 'ONLINE' ELSE 'PAPER_FORM' END,
       'demo', p.created_at
FROM person p
CROSS JOIN (SELECT 'HANDLE_MATTER' AS purpose UNION ALL SELECT 'CONTACT_ME' UNION ALL SELECT 'SHOW_NAME_PUBLICLY') pu
WHERE p.created_by = 'demo'
  AND NOT EXISTS (SELECT 1 FROM consent c WHERE c.subject_type = 'PERSON' AND c.subject_id = p.id AND c.purpose = pu.purpose);

INSERT INTO consent (subject_type, subject_id, purpose, given, notice_version, channel, recorded_by, recorded_at)
SELECT 'PENDING_REGISTRATION', r.id, pu.purpose,
       CASE WHEN pu.purpose = 'SHOW_NAME_PUBLICLY' THEN r.name_public ELSE TRUE END,
       1, 'ONLINE', 'demo', r.created_at
FROM pending_registration r
JOIN plan pl ON pl.id = r.plan_id AND pl.created_by = 'demo'
CROSS JOIN (SELECT 'HANDLE_MATTER' AS purpose UNION ALL SELECT 'CONTACT_ME' UNION ALL SELECT 'SHOW_NAME_PUBLICLY') pu
WHERE r.created_by = 'anonymous'
  AND NOT EXISTS (SELECT 1 FROM consent c WHERE c.subject_type = 'PENDING_REGISTRATION' AND c.subject_id = r.id);

-- A feedback item's sender is asked to handle and to contact only: their name is never public on an item.
INSERT INTO consent (subject_type, subject_id, purpose, given, notice_version, channel, recorded_by, recorded_at)
SELECT 'FEEDBACK_ITEM', f.id, pu.purpose, TRUE, 1,
       CASE f.channel WHEN 'CITIZEN_ONLINE' THEN 'ONLINE' WHEN 'ORGANISATION_REPORT' THEN 'ORGANISATION_REPORT'
                      WHEN 'PARTNER' THEN 'PARTNER' ELSE 'IN_PERSON' END,
       'demo', f.created_at
FROM feedback_item f
CROSS JOIN (SELECT 'HANDLE_MATTER' AS purpose UNION ALL SELECT 'CONTACT_ME') pu
WHERE f.created_by IN ('demo', 'demo-phuong')
  AND (f.submitter_name IS NOT NULL OR f.submitter_phone IS NOT NULL OR f.submitter_email IS NOT NULL OR f.account IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM consent c WHERE c.subject_type = 'FEEDBACK_ITEM' AND c.subject_id = f.id AND c.purpose = pu.purpose);
