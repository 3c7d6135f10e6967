-- Invitation deadlines of a plan (giấy mời): one rule for delegates, one for citizens when it differs.
ALTER TABLE plan
    ADD COLUMN invitation_offset            INT         NULL,
    ADD COLUMN invitation_unit              VARCHAR(20) NULL,
    ADD COLUMN invitation_direction         VARCHAR(10) NULL,
    ADD COLUMN citizen_invitation_offset    INT         NULL,
    ADD COLUMN citizen_invitation_unit      VARCHAR(20) NULL,
    ADD COLUMN citizen_invitation_direction VARCHAR(10) NULL;

-- The templates carry the rules their documents state; plans made from them before now get them too.
UPDATE plan_template SET content = JSON_SET(content,
        '$.invitationRule', JSON_OBJECT('offset', 3, 'unit', 'WORKING_DAYS', 'direction', 'BEFORE'),
        '$.citizenInvitationRule', JSON_OBJECT('offset', 3, 'unit', 'CALENDAR_DAYS', 'direction', 'BEFORE'))
    WHERE code = 'town-2022';
UPDATE plan_template SET content = JSON_SET(content,
        '$.invitationRule', JSON_OBJECT('offset', 3, 'unit', 'WORKING_DAYS', 'direction', 'BEFORE'))
    WHERE code = 'commune-2025';
UPDATE plan SET invitation_offset = 3, invitation_unit = 'WORKING_DAYS', invitation_direction = 'BEFORE'
    WHERE template_code IN ('town-2022', 'commune-2025') AND invitation_offset IS NULL;
UPDATE plan SET citizen_invitation_offset = 3, citizen_invitation_unit = 'CALENDAR_DAYS', citizen_invitation_direction = 'BEFORE'
    WHERE template_code = 'town-2022' AND citizen_invitation_offset IS NULL;

-- A person, kept once and taking part in many plans. The phone (normalised, 0xxxxxxxxx) finds them again.
CREATE TABLE person (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    full_name        VARCHAR(255) NOT NULL,
    title            VARCHAR(255) NULL,
    organisation_id  BIGINT       NULL,
    ward_id          BIGINT       NULL,
    village_id       BIGINT       NULL,
    phone            VARCHAR(15)  NULL,
    email            VARCHAR(255) NULL,
    address          VARCHAR(500) NULL,
    notes            TEXT         NULL,
    name_public      BOOLEAN      NOT NULL DEFAULT FALSE,
    account          VARCHAR(100) NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    created_by       VARCHAR(100) NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_person_phone UNIQUE (phone),
    CONSTRAINT uq_person_account UNIQUE (account),
    CONSTRAINT fk_person_organisation FOREIGN KEY (organisation_id) REFERENCES org_unit (id),
    CONSTRAINT fk_person_ward FOREIGN KEY (ward_id) REFERENCES org_unit (id),
    CONSTRAINT fk_person_village FOREIGN KEY (village_id) REFERENCES org_unit (id),
    INDEX ix_person_ward_name (ward_id, full_name),
    INDEX ix_person_name (full_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A batch of invitations (đợt phát hành giấy mời): number, date, channel, and why it went out late if it did.
CREATE TABLE invitation_batch (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id          BIGINT       NOT NULL,
    number           VARCHAR(50)  NOT NULL,
    issued_on        DATE         NOT NULL,
    channel          VARCHAR(20)  NOT NULL,
    deadline         DATE         NULL,
    late             BOOLEAN      NOT NULL,
    override_reason  TEXT         NULL,
    created_by       VARCHAR(100) NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_invitation_batch_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    INDEX ix_invitation_batch_plan (plan_id, issued_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A person's participation in one plan: who, counted toward which group, invited, answered, came.
-- The token is the unguessable key of the invitee's confirmation link and QR code.
CREATE TABLE participation (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id               BIGINT       NOT NULL,
    person_id             BIGINT       NOT NULL,
    kind                  VARCHAR(30)  NOT NULL,
    level                 VARCHAR(20)  NOT NULL,
    composition_group_id  BIGINT       NULL,
    source                VARCHAR(20)  NOT NULL,
    matter                TEXT         NULL,
    invitation_batch_id   BIGINT       NULL,
    rsvp                  VARCHAR(20)  NOT NULL,
    rsvp_at               TIMESTAMP(6) NULL,
    rsvp_by               VARCHAR(100) NULL,
    rsvp_note             VARCHAR(500) NULL,
    checked_in_at         TIMESTAMP(6) NULL,
    checked_in_by         VARCHAR(100) NULL,
    token                 CHAR(43)     NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    created_by            VARCHAR(100) NOT NULL,
    created_at            TIMESTAMP(6) NOT NULL,
    updated_at            TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_participation_person UNIQUE (plan_id, person_id),
    CONSTRAINT uq_participation_token UNIQUE (token),
    CONSTRAINT fk_participation_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_participation_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_participation_group FOREIGN KEY (composition_group_id) REFERENCES plan_composition_group (id) ON DELETE SET NULL,
    CONSTRAINT fk_participation_invitation FOREIGN KEY (invitation_batch_id) REFERENCES invitation_batch (id),
    INDEX ix_participation_group (plan_id, composition_group_id),
    INDEX ix_participation_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Answers to requests sent with an Idempotency-Key: a retry gets the first answer instead of a second item.
CREATE TABLE idempotency_record (
    scope         VARCHAR(150) NOT NULL,
    idem_key      VARCHAR(100) NOT NULL,
    request_hash  CHAR(64)     NOT NULL,
    status        INT          NOT NULL,
    location      VARCHAR(500) NULL,
    body          LONGTEXT     NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (scope, idem_key),
    INDEX ix_idempotency_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
