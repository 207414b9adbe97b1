-- The audit log (DESIGN.md §6): who did what, append-only and hash-chained. Each record holds the SHA-256 of
-- the one before it, so a changed or removed record breaks the chain at that point; the database refuses
-- UPDATE, DELETE and TRUNCATE outright. No personal data: usernames, roles, units, actions and resource paths.
create sequence events_seq;

create table events (
    seq           bigint      primary key,
    occurred_at   timestamptz not null,
    username      text        not null,
    roles         text        not null,
    unit_code     text,
    client_id     text,
    action        text        not null,
    resource      text        not null,
    outcome       text        not null check (outcome in ('SUCCEEDED', 'REFUSED', 'UNAUTHENTICATED', 'FORBIDDEN', 'FAILED')),
    trace_id      text,
    previous_hash text,
    hash          text        not null
);

create index events_by_username on events (username, seq);
create index events_by_time on events (occurred_at);

create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % refused', tg_op;
end
$$;

create trigger events_append_only_rows before update or delete on events
    for each row execute function refuse_change();
create trigger events_append_only_table before truncate on events
    for each statement execute function refuse_change();
