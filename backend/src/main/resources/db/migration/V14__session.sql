-- Session mode (điều hành phiên đối thoại): what the office records at the venue on the day. One record per plan;
-- the minutes are assembled from these tables.
CREATE TABLE session_record (
    plan_id                BIGINT       NOT NULL PRIMARY KEY,
    started_at             TIMESTAMP(6) NOT NULL,
    ended_at               TIMESTAMP(6) NULL,
    current_agenda_item_id BIGINT       NULL,
    version                BIGINT       NOT NULL,
    updated_at             TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_session_record_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_record_agenda FOREIGN KEY (current_agenda_item_id) REFERENCES plan_agenda_item (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- How far each agenda item has got; a missing row is PENDING.
CREATE TABLE session_agenda_progress (
    plan_id        BIGINT       NOT NULL,
    agenda_item_id BIGINT       NOT NULL,
    state          VARCHAR(20)  NOT NULL,
    started_at     TIMESTAMP(6) NULL,
    ended_at       TIMESTAMP(6) NULL,
    PRIMARY KEY (plan_id, agenda_item_id),
    CONSTRAINT fk_session_agenda_plan FOREIGN KEY (plan_id) REFERENCES session_record (plan_id) ON DELETE CASCADE,
    CONSTRAINT fk_session_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES plan_agenda_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The speaking order: registered participants with a matter, and people who asked to speak from the floor.
-- client_key is the key the office's device gave the speaker, so a resent request creates nobody twice.
CREATE TABLE session_speaker (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id          BIGINT       NOT NULL,
    seq              INT          NOT NULL,
    participation_id BIGINT       NULL,
    name             VARCHAR(200) NOT NULL,
    affiliation      VARCHAR(300) NULL,
    source           VARCHAR(20)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    started_at       TIMESTAMP(6) NULL,
    ended_at         TIMESTAMP(6) NULL,
    summary          TEXT         NULL,
    client_key       VARCHAR(64)  NULL,
    version          BIGINT       NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_session_speaker_plan FOREIGN KEY (plan_id) REFERENCES session_record (plan_id) ON DELETE CASCADE,
    CONSTRAINT fk_session_speaker_participation FOREIGN KEY (participation_id) REFERENCES participation (id) ON DELETE SET NULL,
    CONSTRAINT uq_session_speaker_client_key UNIQUE (plan_id, client_key),
    INDEX ix_session_speaker_order (plan_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The items a speaker raised, in the order raised: registered matters, or new items with channel AT_SESSION.
CREATE TABLE session_speaker_item (
    speaker_id  BIGINT NOT NULL,
    feedback_id BIGINT NOT NULL,
    position    INT    NOT NULL,
    PRIMARY KEY (speaker_id, position),
    CONSTRAINT fk_session_speaker_item_speaker FOREIGN KEY (speaker_id) REFERENCES session_speaker (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_speaker_item_feedback FOREIGN KEY (feedback_id) REFERENCES feedback_item (id) ON DELETE CASCADE,
    INDEX ix_session_speaker_item_feedback (feedback_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Who answered what at the session (leaders of the town and its units), to a speaker and/or on an item.
CREATE TABLE session_answer (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id     BIGINT       NOT NULL,
    speaker_id  BIGINT       NULL,
    feedback_id BIGINT       NULL,
    answered_by VARCHAR(200) NOT NULL,
    unit_id     BIGINT       NULL,
    content     TEXT         NOT NULL,
    client_key  VARCHAR(64)  NULL,
    created_by  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_session_answer_plan FOREIGN KEY (plan_id) REFERENCES session_record (plan_id) ON DELETE CASCADE,
    CONSTRAINT fk_session_answer_speaker FOREIGN KEY (speaker_id) REFERENCES session_speaker (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_answer_feedback FOREIGN KEY (feedback_id) REFERENCES feedback_item (id) ON DELETE SET NULL,
    CONSTRAINT fk_session_answer_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT uq_session_answer_client_key UNIQUE (plan_id, client_key),
    INDEX ix_session_answer_speaker (speaker_id),
    INDEX ix_session_answer_feedback (feedback_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
