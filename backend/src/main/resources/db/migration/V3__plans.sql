-- Files kept by the product (task reports now; minutes and notices later). Small documents: kept in the
-- database so that a backup of MariaDB is a backup of everything.
CREATE TABLE stored_file (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size          BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    content       LONGBLOB     NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    created_by    VARCHAR(100) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Plan templates (mẫu kế hoạch): deadline rules, agenda and composition by level and year, as data.
-- The content (legal bases, agenda, composition, tasks with their rules) is one JSON document.
CREATE TABLE plan_template (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(50)  NOT NULL,
    name         VARCHAR(255) NOT NULL,
    level        VARCHAR(20)  NOT NULL,
    description  TEXT         NULL,
    content      LONGTEXT     NOT NULL CHECK (JSON_VALID(content)),
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   TIMESTAMP(6) NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_plan_template_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Dialogue plans (kế hoạch tổ chức đối thoại).
CREATE TABLE plan (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    status             VARCHAR(20)   NOT NULL,
    level              VARCHAR(20)   NOT NULL,
    template_code      VARCHAR(50)   NULL,
    number             VARCHAR(20)   NULL,
    symbol             VARCHAR(50)   NULL,
    issue_date         DATE          NULL,
    issuing_unit_id    BIGINT        NULL,
    issuing_body_name  VARCHAR(255)  NULL,
    title              VARCHAR(500)  NOT NULL,
    legal_bases        LONGTEXT      NOT NULL CHECK (JSON_VALID(legal_bases)),
    chair_title        VARCHAR(255)  NULL,
    chair_name         VARCHAR(255)  NULL,
    purposes           LONGTEXT      NOT NULL CHECK (JSON_VALID(purposes)),
    topic              VARCHAR(1000) NULL,
    planned_month      CHAR(7)       NULL,
    session_at         TIMESTAMP(6)  NULL,
    schedule_note      VARCHAR(500)  NULL,
    venue              VARCHAR(500)  NULL,
    format             VARCHAR(20)   NULL,
    format_note        VARCHAR(500)  NULL,
    agenda_note        TEXT          NULL,
    return_reason      TEXT          NULL,
    cancel_reason      TEXT          NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    created_by         VARCHAR(100)  NOT NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_plan_issuing_unit FOREIGN KEY (issuing_unit_id) REFERENCES org_unit (id),
    INDEX ix_plan_status (status, issue_date),
    INDEX ix_plan_issue_date (issue_date),
    INDEX ix_plan_session_at (session_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Focus areas (nội dung trọng tâm), in order; feedback items will be classified by them.
CREATE TABLE plan_focus_area (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id   BIGINT        NOT NULL,
    position  INT           NOT NULL,
    title     VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_focus_area_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    INDEX ix_focus_area_plan (plan_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Agenda items (chương trình), in order, each with the role responsible.
CREATE TABLE plan_agenda_item (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id      BIGINT       NOT NULL,
    position     INT          NOT NULL,
    title        TEXT         NOT NULL,
    responsible  VARCHAR(255) NULL,
    CONSTRAINT fk_agenda_item_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    INDEX ix_agenda_item_plan (plan_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Participant composition (thành phần) by level.
CREATE TABLE plan_composition_group (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id       BIGINT      NOT NULL,
    position      INT         NOT NULL,
    level         VARCHAR(20) NOT NULL,
    description   TEXT        NOT NULL,
    target_count  INT         NULL,
    CONSTRAINT fk_composition_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    INDEX ix_composition_plan (plan_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Preparation tasks (tổ chức thực hiện): owner, deadline rule, computed due date, progress.
CREATE TABLE plan_task (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id         BIGINT      NOT NULL,
    position        INT         NOT NULL,
    owner_unit_id   BIGINT      NULL,
    owner_kind      VARCHAR(30) NULL,
    description     TEXT        NOT NULL,
    rule_offset     INT         NULL,
    rule_unit       VARCHAR(20) NULL,
    rule_direction  VARCHAR(10) NULL,
    due_date        DATE        NULL,
    done_on         DATE        NULL,
    report_file_id  BIGINT      NULL,
    CONSTRAINT fk_task_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_owner FOREIGN KEY (owner_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_task_report FOREIGN KEY (report_file_id) REFERENCES stored_file (id),
    INDEX ix_task_plan (plan_id, position),
    INDEX ix_task_due (due_date, done_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
