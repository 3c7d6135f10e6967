-- Tallies (bảng cộng dồn) of the feedback items for the leaders' figures, so a period of years reads a few thousand
-- tally rows rather than every item. Each counted item (one per merge group: merged_into_id is null, as the lists
-- count) adds 1 to its body's row of each figure, once for the month and once for the year it was received in, as
-- Vietnam dates them (UTC+7 all year round). The figures read whole years and whole months here and only the days of
-- a period's partial first and last month from the items themselves.
--
-- Kept by triggers on feedback_item, in the very statement that writes the item: every way an item is written (the
-- services, bulk actions, imports, merges, demo seeding, a fix by hand in SQL) keeps them right, and a rolled back
-- write rolls its tallies back with it. Rows that fall to 0 stay (a later item reuses them).
--
-- Figures (dimension, value):
--   ALL ''            every item
--   STATUS, CHANNEL, KIND   the enum's name
--   AREA, WARD        the focus area's / ward's id, '' for none (a focus area deleted later is read as none)
--   RAISED '1'/'0'    raised at an earlier dialogue (raised_before_count > 0)
--   PRECEDENCE        the item's precedence ('1': raised before and still open)
--   DAYS              whole days (floor of whole hours / 24) from receipt to the approved answer, approved items only
CREATE TABLE feedback_tally (
    body_id   BIGINT      NOT NULL,
    span      CHAR(1)     NOT NULL COMMENT 'Y: the year starting on period, M: the month starting on period',
    period    DATE        NOT NULL,
    dimension VARCHAR(10) NOT NULL,
    value     VARCHAR(40) NOT NULL,
    n         BIGINT      NOT NULL,
    PRIMARY KEY (body_id, span, period, dimension, value)
);

-- The median and 90th percentile of the answer time are exact: the DAYS tally finds the day the rank falls in, and
-- this one, read for that day's 24 hours only, the whole hour within it.
CREATE TABLE feedback_answer_hours (
    body_id BIGINT  NOT NULL,
    hours   INT     NOT NULL,
    span    CHAR(1) NOT NULL,
    period  DATE    NOT NULL,
    n       BIGINT  NOT NULL,
    PRIMARY KEY (body_id, hours, span, period)
);

DELIMITER $$

-- Adds delta to the answer-time figures of one counted item (none while its answer is not approved).
CREATE PROCEDURE feedback_tally_answer(IN p_body BIGINT, IN p_received DATETIME(6), IN p_hours BIGINT, IN p_delta INT)
BEGIN
    DECLARE d DATE;
    DECLARE m DATE;
    DECLARE y DATE;
    IF p_hours IS NOT NULL THEN
        SET d = DATE(p_received + INTERVAL 7 HOUR);
        SET m = d - INTERVAL (DAYOFMONTH(d) - 1) DAY;
        SET y = MAKEDATE(YEAR(d), 1);
        INSERT INTO feedback_tally (body_id, span, period, dimension, value, n) VALUES
            (p_body, 'M', m, 'DAYS', FLOOR(p_hours / 24), p_delta), (p_body, 'Y', y, 'DAYS', FLOOR(p_hours / 24), p_delta)
        ON DUPLICATE KEY UPDATE n = n + VALUES(n);
        INSERT INTO feedback_answer_hours (body_id, hours, span, period, n) VALUES
            (p_body, p_hours, 'M', m, p_delta), (p_body, p_hours, 'Y', y, p_delta)
        ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    END IF;
END$$

-- Adds delta (1 or -1) to every figure of one counted item. received: created_at, UTC wall-clock time as the
-- application writes every instant (+7 hours: the Vietnam day); hours: whole hours to the approved answer, or null.
CREATE PROCEDURE feedback_tally_add(IN p_body BIGINT, IN p_received DATETIME(6), IN p_status VARCHAR(30), IN p_channel VARCHAR(30),
                                    IN p_kind VARCHAR(20), IN p_area BIGINT, IN p_ward BIGINT, IN p_raised INT, IN p_precedence INT,
                                    IN p_hours BIGINT, IN p_delta INT)
BEGIN
    DECLARE d DATE;
    DECLARE m DATE;
    DECLARE y DATE;
    SET d = DATE(p_received + INTERVAL 7 HOUR);
    SET m = d - INTERVAL (DAYOFMONTH(d) - 1) DAY;
    SET y = MAKEDATE(YEAR(d), 1);
    INSERT INTO feedback_tally (body_id, span, period, dimension, value, n) VALUES
        (p_body, 'M', m, 'ALL', '', p_delta), (p_body, 'Y', y, 'ALL', '', p_delta),
        (p_body, 'M', m, 'STATUS', p_status, p_delta), (p_body, 'Y', y, 'STATUS', p_status, p_delta),
        (p_body, 'M', m, 'CHANNEL', p_channel, p_delta), (p_body, 'Y', y, 'CHANNEL', p_channel, p_delta),
        (p_body, 'M', m, 'KIND', p_kind, p_delta), (p_body, 'Y', y, 'KIND', p_kind, p_delta),
        (p_body, 'M', m, 'AREA', COALESCE(p_area, ''), p_delta), (p_body, 'Y', y, 'AREA', COALESCE(p_area, ''), p_delta),
        (p_body, 'M', m, 'WARD', COALESCE(p_ward, ''), p_delta), (p_body, 'Y', y, 'WARD', COALESCE(p_ward, ''), p_delta),
        (p_body, 'M', m, 'RAISED', IF(p_raised > 0, '1', '0'), p_delta), (p_body, 'Y', y, 'RAISED', IF(p_raised > 0, '1', '0'), p_delta),
        (p_body, 'M', m, 'PRECEDENCE', p_precedence, p_delta), (p_body, 'Y', y, 'PRECEDENCE', p_precedence, p_delta)
    ON DUPLICATE KEY UPDATE n = n + VALUES(n);
    CALL feedback_tally_answer(p_body, p_received, p_hours, p_delta);
END$$

CREATE TRIGGER feedback_item_tally_insert AFTER INSERT ON feedback_item FOR EACH ROW
BEGIN
    IF NEW.merged_into_id IS NULL AND NEW.body_id IS NOT NULL THEN
        CALL feedback_tally_add(NEW.body_id, NEW.created_at, NEW.status, NEW.channel, NEW.kind, NEW.focus_area_id,
                                NEW.ward_id, NEW.raised_before_count, NEW.precedence,
                                TIMESTAMPDIFF(HOUR, NEW.created_at, NEW.answer_approved_at), 1);
    END IF;
END$$

-- Most writes change no counted column (a text, the unit, the version): those touch no tally. An approval changes the
-- answer time alone: only its figures move.
CREATE TRIGGER feedback_item_tally_update AFTER UPDATE ON feedback_item FOR EACH ROW
BEGIN
    IF NOT ((OLD.merged_into_id IS NULL) <=> (NEW.merged_into_id IS NULL) AND OLD.body_id <=> NEW.body_id
            AND OLD.created_at <=> NEW.created_at AND OLD.status <=> NEW.status AND OLD.channel <=> NEW.channel
            AND OLD.kind <=> NEW.kind AND OLD.focus_area_id <=> NEW.focus_area_id AND OLD.ward_id <=> NEW.ward_id
            AND (OLD.raised_before_count > 0) <=> (NEW.raised_before_count > 0) AND OLD.precedence <=> NEW.precedence) THEN
        IF OLD.merged_into_id IS NULL AND OLD.body_id IS NOT NULL THEN
            CALL feedback_tally_add(OLD.body_id, OLD.created_at, OLD.status, OLD.channel, OLD.kind, OLD.focus_area_id,
                                    OLD.ward_id, OLD.raised_before_count, OLD.precedence,
                                    TIMESTAMPDIFF(HOUR, OLD.created_at, OLD.answer_approved_at), -1);
        END IF;
        IF NEW.merged_into_id IS NULL AND NEW.body_id IS NOT NULL THEN
            CALL feedback_tally_add(NEW.body_id, NEW.created_at, NEW.status, NEW.channel, NEW.kind, NEW.focus_area_id,
                                    NEW.ward_id, NEW.raised_before_count, NEW.precedence,
                                    TIMESTAMPDIFF(HOUR, NEW.created_at, NEW.answer_approved_at), 1);
        END IF;
    ELSEIF NOT (OLD.answer_approved_at <=> NEW.answer_approved_at) AND NEW.merged_into_id IS NULL AND NEW.body_id IS NOT NULL THEN
        CALL feedback_tally_answer(OLD.body_id, OLD.created_at, TIMESTAMPDIFF(HOUR, OLD.created_at, OLD.answer_approved_at), -1);
        CALL feedback_tally_answer(NEW.body_id, NEW.created_at, TIMESTAMPDIFF(HOUR, NEW.created_at, NEW.answer_approved_at), 1);
    END IF;
END$$

CREATE TRIGGER feedback_item_tally_delete AFTER DELETE ON feedback_item FOR EACH ROW
BEGIN
    IF OLD.merged_into_id IS NULL AND OLD.body_id IS NOT NULL THEN
        CALL feedback_tally_add(OLD.body_id, OLD.created_at, OLD.status, OLD.channel, OLD.kind, OLD.focus_area_id,
                                OLD.ward_id, OLD.raised_before_count, OLD.precedence,
                                TIMESTAMPDIFF(HOUR, OLD.created_at, OLD.answer_approved_at), -1);
    END IF;
END$$

-- Rows removed by a foreign key's cascade fire no trigger (InnoDB): a draft plan's deletion would take its items with
-- it unseen, and a deleted item's merged items would be unmerged unseen. So the plan's items go first, here, where
-- their triggers fire: items merged into them unmerged (counted again), then the items themselves (uncounted).
CREATE TRIGGER plan_feedback_tally_delete BEFORE DELETE ON plan FOR EACH ROW
BEGIN
    UPDATE feedback_item merged JOIN feedback_item primary_item ON primary_item.id = merged.merged_into_id
       SET merged.merged_into_id = NULL
     WHERE primary_item.plan_id = OLD.id;
    DELETE FROM feedback_item WHERE plan_id = OLD.id;
END$$

DELIMITER ;

-- The items already there.
INSERT INTO feedback_tally (body_id, span, period, dimension, value, n)
SELECT body_id, span, period, dimension, value, SUM(n)
  FROM (SELECT f.body_id, s.span,
               IF(s.span = 'M', f.received - INTERVAL (DAYOFMONTH(f.received) - 1) DAY, MAKEDATE(YEAR(f.received), 1)) period,
               d.dimension,
               CASE d.dimension WHEN 'ALL' THEN '' WHEN 'STATUS' THEN f.status WHEN 'CHANNEL' THEN f.channel WHEN 'KIND' THEN f.kind
                    WHEN 'AREA' THEN COALESCE(f.focus_area_id, '') WHEN 'WARD' THEN COALESCE(f.ward_id, '')
                    WHEN 'RAISED' THEN IF(f.raised_before_count > 0, '1', '0') WHEN 'PRECEDENCE' THEN f.precedence
                    ELSE FLOOR(f.hours / 24) END value,
               1 n
          FROM (SELECT i.*, DATE(i.created_at + INTERVAL 7 HOUR) received,
                       TIMESTAMPDIFF(HOUR, i.created_at, i.answer_approved_at) hours
                  FROM feedback_item i WHERE i.merged_into_id IS NULL AND i.body_id IS NOT NULL) f
          JOIN (SELECT 'M' span UNION ALL SELECT 'Y') s
          JOIN (SELECT 'ALL' dimension UNION ALL SELECT 'STATUS' UNION ALL SELECT 'CHANNEL' UNION ALL SELECT 'KIND'
                UNION ALL SELECT 'AREA' UNION ALL SELECT 'WARD' UNION ALL SELECT 'RAISED' UNION ALL SELECT 'PRECEDENCE'
                UNION ALL SELECT 'DAYS') d
         WHERE d.dimension <> 'DAYS' OR f.hours IS NOT NULL) t
 GROUP BY body_id, span, period, dimension, value;

INSERT INTO feedback_answer_hours (body_id, hours, span, period, n)
SELECT body_id, hours, span, period, COUNT(*)
  FROM (SELECT f.body_id, f.hours, s.span,
               IF(s.span = 'M', f.received - INTERVAL (DAYOFMONTH(f.received) - 1) DAY, MAKEDATE(YEAR(f.received), 1)) period
          FROM (SELECT i.body_id, DATE(i.created_at + INTERVAL 7 HOUR) received,
                       TIMESTAMPDIFF(HOUR, i.created_at, i.answer_approved_at) hours
                  FROM feedback_item i
                 WHERE i.merged_into_id IS NULL AND i.body_id IS NOT NULL AND i.answer_approved_at IS NOT NULL) f
          JOIN (SELECT 'M' span UNION ALL SELECT 'Y') s) t
 GROUP BY body_id, hours, span, period;
