-- The feedback tallies of every body of the installation at once, kept in the same rows with body_id 0 (no org_unit
-- has id 0): each counted item adds to its body's row and to body 0's. A province's office reads nearly every body: its
-- figures are body 0's less the few bodies it does not read, a hundred times fewer rows than its bodies' own. Kept by
-- the same procedures, called by the same triggers, so every write keeps both in the same statement.

DELIMITER $$

CREATE OR REPLACE PROCEDURE feedback_tally_answer(IN p_body BIGINT, IN p_received DATETIME(6), IN p_hours BIGINT, IN p_delta INT)
BEGIN
    DECLARE d DATE;
    DECLARE m DATE;
    DECLARE y DATE;
    IF p_hours IS NOT NULL THEN
        SET d = DATE(p_received + INTERVAL 7 HOUR);
        SET m = d - INTERVAL (DAYOFMONTH(d) - 1) DAY;
        SET y = MAKEDATE(YEAR(d), 1);
        INSERT INTO feedback_tally (body_id, span, period, dimension, value, n) VALUES
            (p_body, 'M', m, 'DAYS', FLOOR(p_hours / 24), p_delta), (p_body, 'Y', y, 'DAYS', FLOOR(p_hours / 24), p_delta),
            (0, 'M', m, 'DAYS', FLOOR(p_hours / 24), p_delta), (0, 'Y', y, 'DAYS', FLOOR(p_hours / 24), p_delta)
        ON DUPLICATE KEY UPDATE n = n + VALUES(n);
        INSERT INTO feedback_answer_hours (body_id, hours, span, period, n) VALUES
            (p_body, p_hours, 'M', m, p_delta), (p_body, p_hours, 'Y', y, p_delta),
            (0, p_hours, 'M', m, p_delta), (0, p_hours, 'Y', y, p_delta)
        ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    END IF;
END$$

CREATE OR REPLACE PROCEDURE feedback_tally_add(IN p_body BIGINT, IN p_received DATETIME(6), IN p_status VARCHAR(30),
                                               IN p_channel VARCHAR(30), IN p_kind VARCHAR(20), IN p_area BIGINT, IN p_ward BIGINT,
                                               IN p_raised INT, IN p_precedence INT, IN p_hours BIGINT, IN p_delta INT)
BEGIN
    DECLARE d DATE;
    DECLARE m DATE;
    DECLARE y DATE;
    DECLARE b BIGINT;
    SET d = DATE(p_received + INTERVAL 7 HOUR);
    SET m = d - INTERVAL (DAYOFMONTH(d) - 1) DAY;
    SET y = MAKEDATE(YEAR(d), 1);
    -- The body's rows, then body 0's.
    SET b = p_body;
    WHILE b IS NOT NULL DO
        INSERT INTO feedback_tally (body_id, span, period, dimension, value, n) VALUES
            (b, 'M', m, 'ALL', '', p_delta), (b, 'Y', y, 'ALL', '', p_delta),
            (b, 'M', m, 'STATUS', p_status, p_delta), (b, 'Y', y, 'STATUS', p_status, p_delta),
            (b, 'M', m, 'CHANNEL', p_channel, p_delta), (b, 'Y', y, 'CHANNEL', p_channel, p_delta),
            (b, 'M', m, 'KIND', p_kind, p_delta), (b, 'Y', y, 'KIND', p_kind, p_delta),
            (b, 'M', m, 'AREA', COALESCE(p_area, ''), p_delta), (b, 'Y', y, 'AREA', COALESCE(p_area, ''), p_delta),
            (b, 'M', m, 'WARD', COALESCE(p_ward, ''), p_delta), (b, 'Y', y, 'WARD', COALESCE(p_ward, ''), p_delta),
            (b, 'M', m, 'RAISED', IF(p_raised > 0, '1', '0'), p_delta), (b, 'Y', y, 'RAISED', IF(p_raised > 0, '1', '0'), p_delta),
            (b, 'M', m, 'PRECEDENCE', p_precedence, p_delta), (b, 'Y', y, 'PRECEDENCE', p_precedence, p_delta)
        ON DUPLICATE KEY UPDATE n = n + VALUES(n);
        SET b = IF(b = 0, NULL, 0);
    END WHILE;
    CALL feedback_tally_answer(p_body, p_received, p_hours, p_delta);
END$$

DELIMITER ;

-- Body 0 of the items already there: the sum of every body's rows.
INSERT INTO feedback_tally (body_id, span, period, dimension, value, n)
SELECT 0, span, period, dimension, value, SUM(n) FROM feedback_tally WHERE body_id <> 0 GROUP BY span, period, dimension, value;

INSERT INTO feedback_answer_hours (body_id, hours, span, period, n)
SELECT 0, hours, span, period, SUM(n) FROM feedback_answer_hours WHERE body_id <> 0 GROUP BY hours, span, period;
