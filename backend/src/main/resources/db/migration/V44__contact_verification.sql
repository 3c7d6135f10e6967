-- A citizen's phone or email, confirmed by a one-time code (or the link mailed with it) before anything is sent to it
-- or it is used to tell one sender from another. No contact, code or link is stored as typed: each is kept as an
-- HMAC under the installation's secret (doithoai.contact.secret), so a copy of the database tells neither the numbers
-- nor the codes.

create table contact_verification (
    id bigint not null auto_increment primary key,
    channel varchar(10) not null,
    contact_hash char(64) not null,
    -- What the person may be shown of the contact they are confirming: 09•••••678, n•••@gmail.com.
    masked_contact varchar(100) not null,
    salt char(32) not null,
    code_hash char(64) not null,
    link_hash char(64) not null,
    account varchar(255) null,
    attempts int not null default 0,
    created_at datetime(6) not null,
    expires_at datetime(6) not null,
    verified_at datetime(6) null,
    index ix_contact_verification_contact (contact_hash, created_at)
);

-- The contacts that were confirmed: one row per contact, whoever confirmed it last.
create table verified_contact (
    contact_hash char(64) not null primary key,
    channel varchar(10) not null,
    verified_at datetime(6) not null,
    verification_id bigint not null,
    account varchar(255) null
);
