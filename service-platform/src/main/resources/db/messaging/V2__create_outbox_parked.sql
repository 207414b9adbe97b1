-- Messages the broker refused for good (record too large, invalid topic): moved aside so they do
-- not block the messages behind them, kept with the reason until an operator acts on them.
create table outbox_parked (
    position     bigint      primary key,
    message_id   uuid        not null unique,
    topic        text        not null,
    message_key  text        not null,
    type         text        not null,
    payload      bytea       not null,
    traceparent  text        not null,
    created_at   timestamptz not null,
    reason       text        not null,
    parked_at    timestamptz not null default now()
);
