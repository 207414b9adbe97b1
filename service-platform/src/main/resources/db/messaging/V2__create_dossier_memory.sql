-- What a participant remembers of a dossier once it is settled, per consumer (the service's name):
-- CANCELLED (a cancellation command was handled: later steps are ignored) or DECIDED (a step was
-- answered with a decision: a repeated step gets the same answer). reply_type and reply_payload hold the
-- settling reply as it was encoded for the wire (the decision; for a cancellation, its reply if it had one).
create table dossier_memory (
    consumer      text        not null,
    dossier_id    uuid        not null,
    state         text        not null check (state in ('CANCELLED', 'DECIDED')),
    reply_type    text,
    reply_payload bytea,
    remembered_at timestamptz not null default now(),
    primary key (consumer, dossier_id),
    check ((reply_type is null) = (reply_payload is null)),
    check (state = 'CANCELLED' or reply_type is not null)
);
