-- One row per dossier: the saga state as a document, plus the columns officers filter and sort by.
create table dossier (
    id                   uuid        primary key,
    code                 text        not null unique,
    unit_code            text        not null,
    status               text        not null,
    received_at          timestamptz not null,
    due_date             date        not null,
    due_date_provisional boolean     not null,
    timeliness           text,
    results_left         boolean     not null default false,
    state                jsonb       not null,
    updated_at           timestamptz not null
);
create index dossier_worklist on dossier (unit_code, status, due_date);
create index dossier_open_due on dossier (due_date) where status not in ('COMPLETED', 'PARTIALLY_COMPLETED', 'REFUSED', 'WITHDRAWN');

-- Rule 6: the per-unit daily sequence of dossier codes. The row lock taken by the increment is held to commit,
-- so concurrent intakes queue and a rolled-back intake gives its number back: no gaps, no duplicates.
create table dossier_sequence (
    unit_code   text    not null,
    receipt_day date    not null,
    last_number integer not null,
    primary key (unit_code, receipt_day)
);

-- Idempotency-Key of POST /dossiers: the same key and body give the same dossier.
create table intake_request (
    idempotency_key text        primary key,
    request_hash    text        not null,
    dossier_id      uuid        not null references dossier (id),
    household_check text        not null,
    created_at      timestamptz not null
);

-- Every transition, with the message that caused it and those it sent.
create table dossier_timeline (
    id           bigint generated always as identity primary key,
    dossier_id   uuid        not null references dossier (id),
    at           timestamptz not null,
    what         text        not null,
    procedure    text,
    caused_by    text,
    message_id   uuid,
    sent         text
);
create index dossier_timeline_by_dossier on dossier_timeline (dossier_id, id);

-- db-scheduler's table (durable timers: supplement deadlines, step due dates, apologies).
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
