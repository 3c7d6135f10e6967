-- Rulings of the chair (kết luận): each on one or more feedback items of a plan, numbered within the plan.
-- Type-specific columns are null for the other types; follow_up is set (OPEN) only for rulings that are followed
-- until done (RESOLVE, ESCALATE) and is moved on by the follow-up workflow.
CREATE TABLE ruling (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id        BIGINT        NOT NULL,
    number         INT           NOT NULL,
    type           VARCHAR(20)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    content        TEXT          NOT NULL,
    lead_unit_id   BIGINT        NULL,
    due_date       DATE          NULL,
    escalated_to   VARCHAR(500)  NULL,
    recommendation TEXT          NULL,
    reply          TEXT          NULL,
    replied_on     DATE          NULL,
    reason         TEXT          NULL,
    follow_up      VARCHAR(20)   NULL,
    issued_by      VARCHAR(100)  NULL,
    issued_at      TIMESTAMP(6)  NULL,
    version        BIGINT        NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    updated_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_ruling_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_ruling_lead_unit FOREIGN KEY (lead_unit_id) REFERENCES org_unit (id),
    CONSTRAINT uq_ruling_number UNIQUE (plan_id, number),
    INDEX ix_ruling_lead_unit (lead_unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The items a ruling is on, in the order given.
CREATE TABLE ruling_feedback (
    ruling_id   BIGINT NOT NULL,
    position    INT    NOT NULL,
    feedback_id BIGINT NOT NULL,
    PRIMARY KEY (ruling_id, position),
    CONSTRAINT fk_ruling_feedback_ruling FOREIGN KEY (ruling_id) REFERENCES ruling (id) ON DELETE CASCADE,
    CONSTRAINT fk_ruling_feedback_item FOREIGN KEY (feedback_id) REFERENCES feedback_item (id) ON DELETE CASCADE,
    INDEX ix_ruling_feedback_item (feedback_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE ruling_coordinating_unit (
    ruling_id BIGINT NOT NULL,
    unit_id   BIGINT NOT NULL,
    PRIMARY KEY (ruling_id, unit_id),
    CONSTRAINT fk_ruling_coordinating_ruling FOREIGN KEY (ruling_id) REFERENCES ruling (id) ON DELETE CASCADE,
    CONSTRAINT fk_ruling_coordinating_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    INDEX ix_ruling_coordinating_unit (unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
