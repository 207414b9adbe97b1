-- The platform's own tables, in their own schema with their own Flyway history,
-- so every service's migrations stay its own.

-- Messages waiting for the relay. Written in the same transaction as the state change
-- they announce; deleted once the broker has acknowledged them. A message the broker refuses
-- for good (too large, invalid topic) is parked instead: it stays, with the reason, and no
-- longer blocks the ones behind it.
create table outbox (
    position      bigint generated always as identity primary key,
    message_id    uuid        not null unique,
    topic         text        not null,
    message_key   text        not null,
    type          text        not null,
    payload       bytea       not null,
    traceparent   text        not null,
    created_at    timestamptz not null default now(),
    parked_at     timestamptz,
    parked_reason text
);

-- IDs of the messages a consumer has already processed (ce_id). Time-ordered UUIDs keep
-- the primary-key index append-only.
create table inbox (
    message_id   uuid        not null,
    consumer     text        not null,
    topic        text        not null,
    type         text        not null,
    processed_at timestamptz not null default now(),
    primary key (message_id, consumer)
);
