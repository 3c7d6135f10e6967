-- Bodies (cơ quan tổ chức đối thoại): one installation serves a province and every body in it that holds dialogues,
-- the province's Party committee and People's Committee, each commune's and ward's, and historical ones such as an
-- abolished town. A body is a node of the org tree (org_unit.body). Every plan, and so everything under it, belongs to
-- exactly one body; staff act within theirs. A body merged or abolished keeps its records and names its successor,
-- whose staff carry them on.

ALTER TABLE org_unit
    ADD COLUMN body          BOOLEAN NOT NULL DEFAULT FALSE AFTER kind,
    -- The body a unit belongs to (its departments, villages, offices); NULL: shared by the whole installation.
    ADD COLUMN owner_body_id BIGINT  NULL AFTER parent_id,
    -- Merged or abolished: from this day on the unit is history, and its successor carries on.
    ADD COLUMN retired_on    DATE    NULL,
    ADD COLUMN successor_id  BIGINT  NULL,
    ADD CONSTRAINT fk_org_unit_owner_body FOREIGN KEY (owner_body_id) REFERENCES org_unit (id),
    ADD CONSTRAINT fk_org_unit_successor FOREIGN KEY (successor_id) REFERENCES org_unit (id),
    ADD INDEX ix_org_unit_body (body, id),
    ADD INDEX ix_org_unit_owner_body (owner_body_id);

-- The committees that already hold dialogues on an installation that served one office are its bodies.
UPDATE org_unit SET body = TRUE WHERE kind IN ('PARTY_COMMITTEE', 'PEOPLES_COMMITTEE');

-- A plan's body: the body of the office that made it. Plans made before bodies existed belong to their issuing unit
-- when that is a body, else to a body under it (a ward's plan, to the ward's committee), else to the first body.
ALTER TABLE plan ADD COLUMN body_id BIGINT NULL AFTER level;
UPDATE plan p SET p.body_id = COALESCE(
        (SELECT u.id FROM org_unit u WHERE u.id = p.issuing_unit_id AND u.body),
        (SELECT MIN(u.id) FROM org_unit u WHERE u.parent_id = p.issuing_unit_id AND u.body),
        (SELECT MIN(u.id) FROM org_unit u WHERE u.body));
-- An installation with plans but no committee at all: its one office becomes a body of its own.
INSERT INTO org_unit (code, kind, body, name, sort_order, version, created_at, updated_at)
SELECT 'co-quan', 'PARTY_COMMITTEE', TRUE, 'Cơ quan tổ chức đối thoại', 0, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
FROM DUAL WHERE EXISTS (SELECT 1 FROM plan WHERE body_id IS NULL);
UPDATE plan SET body_id = (SELECT id FROM org_unit WHERE code = 'co-quan') WHERE body_id IS NULL;
ALTER TABLE plan
    MODIFY body_id BIGINT NOT NULL,
    ADD CONSTRAINT fk_plan_body FOREIGN KEY (body_id) REFERENCES org_unit (id),
    -- A body's list and the oversight list: newest first within the bodies asked for.
    ADD INDEX ix_plan_body (body_id, issue_date, id);

-- Feedback carries its plan's body, so that a body's lists and the province's oversight list are read from one index
-- over a million items without reaching into plan (a plan never changes body).
ALTER TABLE feedback_item ADD COLUMN body_id BIGINT NULL AFTER plan_id;
UPDATE feedback_item f JOIN plan p ON p.id = f.plan_id SET f.body_id = p.body_id;
ALTER TABLE feedback_item
    MODIFY body_id BIGINT NOT NULL,
    ADD CONSTRAINT fk_feedback_body FOREIGN KEY (body_id) REFERENCES org_unit (id),
    ADD INDEX ix_feedback_body (body_id, precedence, created_at, id),
    ADD INDEX ix_feedback_body_status (body_id, status, precedence, created_at, id);

-- People: a body's own records (its delegates, the citizens of its dialogues), or shared (NULL) by the installation.
-- A phone or a login finds a person again within one body: two bodies never share a record by accident.
ALTER TABLE person
    ADD COLUMN body_id BIGINT NULL AFTER id,
    ADD COLUMN body_key BIGINT AS (COALESCE(body_id, 0)) PERSISTENT,
    DROP INDEX uq_person_phone,
    DROP INDEX uq_person_account,
    ADD CONSTRAINT fk_person_body FOREIGN KEY (body_id) REFERENCES org_unit (id),
    ADD CONSTRAINT uq_person_phone UNIQUE (body_key, phone),
    ADD CONSTRAINT uq_person_account UNIQUE (body_key, account);

-- Templates and the official calendar: shared by the installation (NULL), or a body's own.
ALTER TABLE plan_template
    ADD COLUMN body_id BIGINT NULL,
    ADD CONSTRAINT fk_plan_template_body FOREIGN KEY (body_id) REFERENCES org_unit (id);
ALTER TABLE calendar_override
    ADD COLUMN body_id BIGINT NULL,
    ADD COLUMN body_key BIGINT AS (COALESCE(body_id, 0)) PERSISTENT,
    DROP INDEX uq_calendar_override_day,
    ADD CONSTRAINT fk_calendar_override_body FOREIGN KEY (body_id) REFERENCES org_unit (id),
    ADD CONSTRAINT uq_calendar_override_day UNIQUE (body_key, day);
