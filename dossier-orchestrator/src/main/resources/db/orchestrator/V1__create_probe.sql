-- Operators' probes of the message path: one row per probe, one per service that answered.
create table probe (
    id      uuid        primary key,
    sent_at timestamptz not null
);

create table probe_answer (
    probe_id    uuid        not null references probe (id),
    service     text        not null,
    answered_at timestamptz not null,
    primary key (probe_id, service)
);
