-- A contact confirmation belongs to what it was asked for, not to the contact alone: the feedback item (by its
-- tracking code), the registration (by its link's token), or — for a logged-in citizen confirming on their own page —
-- their account. Before, a number confirmed once counted everywhere: a stranger who typed the same number on another
-- item was treated as confirmed, written to, and taken for "the same sender".
--
-- confirmed_for is FEEDBACK_ITEM, REGISTRATION or ACCOUNT; matter_ref is the item's id, the registration's
-- ("participation:<id>" or "pending:<id>"), or the account's login. Still no contact, code or link is kept as typed.
--
-- Existing rows: a confirmation asked for by a logged-in citizen (account set) is known to come from that account,
-- which proved it holds the contact: it keeps counting, for that account (the items that account sends). One asked for
-- without a login cannot be traced to the item or registration it was asked for (only the contact's HMAC was kept,
-- and other people's items may carry the same number), so it lapses: the codes and confirmations are deleted, and
-- people confirm again from their item's receipt or registration page.

alter table contact_verification
    add column confirmed_for varchar(20) null after masked_contact,
    add column matter_ref varchar(255) null after confirmed_for;

delete from contact_verification where account is null;

update contact_verification set confirmed_for = 'ACCOUNT', matter_ref = account;

alter table contact_verification
    modify column confirmed_for varchar(20) not null,
    modify column matter_ref varchar(255) not null;

-- One row per contact and matter: the same number confirmed for two items is two rows, each proved by its own code.
create table verified_contact_for_matter (
    contact_hash char(64) not null,
    confirmed_for varchar(20) not null,
    matter_ref varchar(255) not null,
    channel varchar(10) not null,
    verified_at datetime(6) not null,
    verification_id bigint not null,
    account varchar(255) null,
    primary key (contact_hash, confirmed_for, matter_ref),
    index ix_verified_contact_matter (confirmed_for, matter_ref)
);

-- Every account that confirmed a contact, not only the last one (the old table kept one row per contact).
insert into verified_contact_for_matter (contact_hash, confirmed_for, matter_ref, channel, verified_at, verification_id, account)
select contact_hash, 'ACCOUNT', account, max(channel), max(verified_at), max(id), account
from contact_verification
where verified_at is not null
group by contact_hash, account;

drop table verified_contact;

rename table verified_contact_for_matter to verified_contact;
