-- Minutes of a dialogue session (biên bản): versions 1, 2, … per plan. A version is a DRAFT the office edits, then
-- FINALISED (locked for good); a correction is a new version whose previous_id names the version it corrects, and
-- that version gets superseded_by_id once the correction is finalised.
CREATE TABLE minutes (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id           BIGINT        NOT NULL,
    version_no        INT           NOT NULL,
    previous_id       BIGINT        NULL,
    superseded_by_id  BIGINT        NULL,
    status            VARCHAR(20)   NOT NULL,
    chair_name        VARCHAR(255)  NOT NULL,
    secretary_name    VARCHAR(255)  NOT NULL,
    correction_reason TEXT          NULL,
    finalised_by      VARCHAR(100)  NULL,
    finalised_at      TIMESTAMP(6)  NULL,
    version           BIGINT        NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    created_at        TIMESTAMP(6)  NOT NULL,
    updated_at        TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_minutes_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_minutes_previous FOREIGN KEY (previous_id) REFERENCES minutes (id),
    CONSTRAINT fk_minutes_superseded_by FOREIGN KEY (superseded_by_id) REFERENCES minutes (id),
    CONSTRAINT uq_minutes_version UNIQUE (plan_id, version_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The text, as ordered sections: a row each rather than one JSON column, so a section is plain text the database
-- can search and a version's copy is one INSERT … SELECT; kind marks the parts assembly made (the chair's
-- concluding remarks, a speaker, …) so the screens can find them.
CREATE TABLE minutes_section (
    minutes_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    heading    VARCHAR(500) NOT NULL,
    body       TEXT         NOT NULL,
    PRIMARY KEY (minutes_id, position),
    CONSTRAINT fk_minutes_section_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Who signed the minutes when they were read out, or declined to and why.
CREATE TABLE minutes_signature (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    minutes_id      BIGINT        NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    title           VARCHAR(255)  NULL,
    organisation    VARCHAR(300)  NULL,
    representing    VARCHAR(20)   NOT NULL,
    outcome         VARCHAR(20)   NOT NULL,
    declined_reason TEXT          NULL,
    recorded_by     VARCHAR(100)  NOT NULL,
    recorded_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_minutes_signature_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id) ON DELETE CASCADE,
    INDEX ix_minutes_signature_minutes (minutes_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
