-- A public registration whose phone number matches someone already known (đăng ký chờ xác nhận trùng khớp).
-- It keeps what the registrant entered, apart from the matched person's record, until the ward officer of the
-- registration's ward or the office decides: the same person (the participation joins their record), another
-- person (a new record from what was entered), or rejected. The token is the registrant's own link meanwhile.
-- Times are DATETIME: TIMESTAMP ends in 2038.
CREATE TABLE pending_registration (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id            BIGINT       NOT NULL,
    matched_person_id  BIGINT       NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    full_name          VARCHAR(255) NOT NULL,
    ward_id            BIGINT       NOT NULL,
    village_id         BIGINT       NULL,
    phone              VARCHAR(15)  NOT NULL,
    matter             TEXT         NULL,
    name_public        BOOLEAN      NOT NULL,
    account            VARCHAR(100) NULL,
    rsvp               VARCHAR(20)  NOT NULL,
    rsvp_at            DATETIME(6)  NULL,
    rsvp_note          VARCHAR(500) NULL,
    token              CHAR(43)     NOT NULL,
    participation_id   BIGINT       NULL,
    decided_by         VARCHAR(100) NULL,
    decided_at         DATETIME(6)  NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    created_by         VARCHAR(100) NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    CONSTRAINT uq_pending_registration_token UNIQUE (token),
    CONSTRAINT fk_pending_registration_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_pending_registration_person FOREIGN KEY (matched_person_id) REFERENCES person (id),
    CONSTRAINT fk_pending_registration_ward FOREIGN KEY (ward_id) REFERENCES org_unit (id),
    CONSTRAINT fk_pending_registration_village FOREIGN KEY (village_id) REFERENCES org_unit (id),
    CONSTRAINT fk_pending_registration_participation FOREIGN KEY (participation_id) REFERENCES participation (id) ON DELETE SET NULL,
    INDEX ix_pending_registration_plan (plan_id, status, created_at),
    INDEX ix_pending_registration_account (plan_id, account),
    INDEX ix_pending_registration_person (matched_person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
