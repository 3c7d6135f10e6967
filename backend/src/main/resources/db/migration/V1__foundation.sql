-- Audit trail: who changed what, when (nhật ký thay đổi). Rows are only ever inserted.
CREATE TABLE audit_log (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  TIMESTAMP(6) NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    entity_type  VARCHAR(60)  NOT NULL,
    entity_id    VARCHAR(100) NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    changes      LONGTEXT     NOT NULL CHECK (JSON_VALID(changes)),
    INDEX ix_audit_entity (entity_type, entity_id, id),
    INDEX ix_audit_actor (actor, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Org units (đơn vị): the town's bodies, its wards and communes, their villages and residential groups.
CREATE TABLE org_unit (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(50)  NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    parent_id   BIGINT       NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id),
    INDEX ix_org_unit_parent (parent_id, sort_order, name),
    INDEX ix_org_unit_kind (kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Demo data scripts already applied (see DemoData); empty on a production install.
CREATE TABLE demo_data_applied (
    script      VARCHAR(100) NOT NULL PRIMARY KEY,
    applied_at  TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
