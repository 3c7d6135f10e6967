-- Carry-over (chuyển kết luận chưa xong sang kỳ sau): an item of a later plan raised before as a ruling of an
-- earlier plan that is not yet resolved. A link names an earlier item or an earlier ruling, never both: the
-- application sets one of them. No CHECK says so: MariaDB refuses a CHECK on earlier_item_id because its foreign
-- key sets it to null on delete (V9). A ruling is carried into a plan once: checked under the plan's row lock.
ALTER TABLE feedback_link
    ADD COLUMN earlier_ruling_id BIGINT NULL,
    ADD CONSTRAINT fk_feedback_link_ruling FOREIGN KEY (earlier_ruling_id) REFERENCES ruling (id) ON DELETE CASCADE,
    ADD INDEX ix_feedback_link_ruling (earlier_ruling_id);
