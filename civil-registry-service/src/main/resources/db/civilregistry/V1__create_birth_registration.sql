-- Registered births: legal records, never updated or deleted.
create table birth_registration (
    registration_id     uuid primary key,
    -- The linked dossier that asked for it; null for a birth registered directly at the desk.
    dossier_id          uuid unique,
    dossier_code        text,
    unit_code           text not null,
    province_code       char(3) not null,
    book_year           integer not null,
    certificate_seq     integer not null check (certificate_seq > 0),
    registration_date   date not null,
    received_on         date not null,
    timeliness          text not null check (timeliness in ('ON_TIME', 'LATE')),
    fee                 numeric(12, 0) not null check (fee >= 0),
    personal_id_number  char(12) not null unique,
    -- The declaration as registered, every text in NFC.
    declaration         jsonb not null,
    -- Mother's personal ID | date of birth | child's name folded (case, normalisation, spacing): rule 11.
    child_identity      text not null,
    registered_at       timestamptz not null default now(),
    constraint birth_registration_one_per_child unique (child_identity),
    constraint birth_registration_certificate unique (unit_code, book_year, certificate_seq)
);

-- One certificate book per registering unit per year; the row is locked by the registration that takes the
-- next number, until its transaction ends, so numbers are handed out without gaps.
create table certificate_book (
    unit_code    text not null,
    book_year    integer not null,
    last_number  integer not null check (last_number > 0),
    primary key (unit_code, book_year)
);

-- Births of linked dossiers that wait for their personal ID number. Not registrations: a row becomes one,
-- in one transaction with its BirthRegistered event, only once the population registry has answered.
create table pending_registration (
    dossier_id       uuid primary key,
    dossier_code     text,
    unit_code        text not null,
    province_code    char(3) not null,
    received_on      date not null,
    declaration      jsonb not null,
    child_identity   text not null,
    allocation_key   text not null,
    attempts         integer not null default 0,
    next_attempt_at  timestamptz not null default now(),
    last_failure     text,
    -- The trace of the RegisterBirth command, continued by the retry that completes it.
    traceparent      text,
    created_at       timestamptz not null default now(),
    constraint pending_registration_one_per_child unique (child_identity)
);
create index pending_registration_due on pending_registration (next_attempt_at);

-- Dossiers whose RegisterBirth was refused or which were withdrawn, so that a replayed command gets the same
-- answer again and a withdrawn dossier is never registered later.
create table dossier_decision (
    dossier_id    uuid primary key,
    decision      text not null check (decision in ('REFUSED', 'CANCELLED')),
    reason_code   text,
    reason        text,
    decided_at    timestamptz not null default now()
);
