-- Feedback sent by a partner system (the province's feedback portal, the document system, ...): the partner's client id
-- is the item's channel, and the partner's own reference for it makes a re-send find the same item instead of adding a
-- second one. The unique key settles two re-sends arriving at once: one inserts, the other finds that row.
ALTER TABLE feedback_item
    ADD COLUMN partner            VARCHAR(100) NULL,
    ADD COLUMN external_reference VARCHAR(100) NULL,
    ADD UNIQUE KEY uq_feedback_partner_reference (partner, external_reference);
