-- Small images made from a stored photo or PDF so that phones see evidence without downloading it: a thumbnail for
-- lists and the detail page, and each PDF page as an image for the viewer. Made once, on first request, and kept:
-- the stored file never changes, so neither does its preview. page_count is the PDF's (1 for a photo).
CREATE TABLE file_preview (
    file_id      BIGINT       NOT NULL,
    variant      VARCHAR(20)  NOT NULL,
    content_type VARCHAR(50)  NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    width        INT          NOT NULL,
    height       INT          NOT NULL,
    page_count   INT          NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (file_id, variant),
    CONSTRAINT fk_file_preview_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
