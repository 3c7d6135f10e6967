-- The read log (nhật ký truy cập dữ liệu cá nhân): who saw or took away a citizen's personal data — contact fields on a
-- screen, a people search, an export of participants or feedback, an attachment downloaded — when, from where, and
-- for which plans. Kept apart from the change audit, and never edited: the triggers below refuse every UPDATE and
-- DELETE, so not even the application can change what it wrote.
CREATE TABLE read_log (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at     DATETIME(6)  NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    what            VARCHAR(30)  NOT NULL,
    operation       VARCHAR(300) NOT NULL,
    client_address  VARCHAR(64)  NOT NULL,
    user_agent      VARCHAR(300) NULL,
    records         INT          NOT NULL,
    INDEX ix_read_log_time (occurred_at, id),
    INDEX ix_read_log_actor (actor, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The bodies (and plans, when the data belongs to one) whose data a read showed: one read of a province's office may
-- show several bodies' data, and each body's office sees that read.
CREATE TABLE read_log_scope (
    read_id  BIGINT NOT NULL,
    body_id  BIGINT NOT NULL,
    plan_id  BIGINT NULL,
    CONSTRAINT fk_read_log_scope_read FOREIGN KEY (read_id) REFERENCES read_log (id),
    INDEX ix_read_log_scope_body (body_id, read_id),
    INDEX ix_read_log_scope_plan (plan_id, read_id),
    INDEX ix_read_log_scope_read (read_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TRIGGER read_log_no_update BEFORE UPDATE ON read_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The read log is append-only: its entries are never changed';

CREATE TRIGGER read_log_no_delete BEFORE DELETE ON read_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The read log is append-only: its entries are never deleted';

CREATE TRIGGER read_log_scope_no_update BEFORE UPDATE ON read_log_scope FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The read log is append-only: its entries are never changed';

CREATE TRIGGER read_log_scope_no_delete BEFORE DELETE ON read_log_scope FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The read log is append-only: its entries are never deleted';
