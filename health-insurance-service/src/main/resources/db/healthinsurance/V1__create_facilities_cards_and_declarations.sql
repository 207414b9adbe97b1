-- The primary-care facility catalogue (reference data, seeded by V2).
create table facilities (
    code          varchar(5) primary key check (code ~ '^[0-9]{2}[0-9A-Z]{3}$'),
    name          text       not null check (name <> ''),
    province_code char(3)    not null check (province_code ~ '^[0-9]{3}$'),
    commune       text,
    kind          text       not null check (kind in ('COMMUNE_HEALTH_STATION', 'HOSPITAL')),
    rank          integer    not null check (rank > 0),
    -- A KCB code starts with the province's 2-digit code in the social-insurance system (001 -> 01).
    constraint facility_code_matches_province check (substr(code, 1, 2) = substr(province_code, 2, 2)),
    constraint station_has_commune check ((kind = 'COMMUNE_HEALTH_STATION') = (commune is not null)),
    constraint one_rank_per_province unique (province_code, rank)
);
create unique index one_station_per_commune on facilities (province_code, lower(commune))
    where kind = 'COMMUNE_HEALTH_STATION';

-- BHYT cards. The number is the holder's personal ID number: one card per child, whatever dossier asked.
create table cards (
    card_number   char(12)    primary key check (card_number ~ '^[0-9]{12}$'),
    benefit_code  text        not null,
    valid_from    date        not null,
    valid_to      date        not null check (valid_to >= valid_from),
    facility_code varchar(5)  not null references facilities (code),
    dossier_id    uuid        not null,
    issued_at     timestamptz not null
);

-- TK1-TS declarations: one per linked dossier, so a command replayed under a new message ID finds its own.
create table declarations (
    id                       uuid        primary key,
    dossier_id               uuid        not null unique,
    dossier_code             text        not null,
    unit_code                text        not null,
    personal_id_number       char(12)    not null check (personal_id_number ~ '^[0-9]{12}$'),
    full_name                text        not null,
    sex                      text        not null check (sex in ('MALE', 'FEMALE')),
    date_of_birth            date        not null,
    province_code            char(3),
    commune                  text,
    requested_facility_code  text,
    birth_registered_on      date        not null,
    due_date                 date        not null,
    due_date_provisional     boolean     not null,
    received_at              timestamptz not null,
    status                   text        not null
        check (status in ('PENDING', 'AWAITING_SUPPLEMENT', 'ISSUED', 'REFUSED', 'CANCELLED')),
    decided_at               timestamptz,
    decided_by               text        check (decided_by in ('OFFICE', 'AUTO_ISSUE', 'RULES')),
    card_number              char(12)    references cards (card_number),
    refusal_code             text,
    refusal_message          text,
    missing_items            text[],
    supplement_note          text,
    supplement_requested_at  timestamptz,
    cancellation_reason      text,
    cancelled_at             timestamptz,
    constraint issued_has_card check ((status = 'ISSUED') = (card_number is not null)),
    constraint refused_has_reason check ((status = 'REFUSED') = (refusal_code is not null)),
    constraint decided_has_time check ((status in ('ISSUED', 'REFUSED')) = (decided_at is not null and decided_by is not null)),
    constraint awaiting_has_request check (status <> 'AWAITING_SUPPLEMENT' or missing_items is not null),
    constraint cancelled_has_time check ((status = 'CANCELLED') = (cancelled_at is not null))
);
-- The office's queue: by status, most urgent first.
create index declarations_queue on declarations (status, due_date, received_at);
create index declarations_dossier_code on declarations (dossier_code);
create index declarations_unit on declarations (unit_code, status);

-- What the family handed in after a supplement request.
create table supplements (
    id             bigint      generated always as identity primary key,
    declaration_id uuid        not null references declarations (id),
    received_at    timestamptz not null,
    note           text
);
create index supplements_declaration on supplements (declaration_id);

create table supplement_documents (
    supplement_id bigint  not null references supplements (id),
    position      integer not null,
    name          text    not null,
    reference     text    not null,
    primary key (supplement_id, position)
);
