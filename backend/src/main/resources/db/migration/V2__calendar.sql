-- The year's official schedule of days off (lịch nghỉ chính thức), as the admin recorded it. Each row overrides,
-- for its day only, the calendar computed from the Labour Code and the lunar calendar: an extra or moved day off
-- (DAY_OFF), or a swapped working Saturday or worked holiday (WORKING_DAY).
CREATE TABLE calendar_override (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    day         DATE         NOT NULL,
    kind        VARCHAR(20)  NOT NULL CHECK (kind IN ('DAY_OFF', 'WORKING_DAY')),
    name        VARCHAR(255) NOT NULL,
    name_en     VARCHAR(255) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_calendar_override_day UNIQUE (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
