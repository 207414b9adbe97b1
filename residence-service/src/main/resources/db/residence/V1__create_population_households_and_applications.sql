-- The population registry: one row per person, keyed by the personal ID number (DESIGN.md rule 1).
create table person (
    personal_id_number  char(12)    primary key check (personal_id_number ~ '^[0-9]{12}$'),
    -- Unicode NFC, as entered (rule 10); duplicates are found by comparing ignoring case and form.
    full_name           text        not null check (full_name <> ''),
    sex                 text        not null check (sex in ('MALE', 'FEMALE')),
    date_of_birth       date        not null,
    -- The province that registered the birth: the number's first three digits for a person declared with
    -- an existing number, the requested province for a number allocated here.
    birth_province_code char(3)     not null check (birth_province_code ~ '^[0-9]{3}$'),
    source              text        not null check (source in ('ALLOCATED', 'DECLARED_IN_HOUSEHOLD')),
    recorded_at         timestamptz not null default now()
);

-- Allocations by the caller's idempotency key: the same key always answers the same number. The fingerprint
-- (SHA-256 of the normalised request) tells a replay from a different request under a reused key, without
-- keeping a second copy of the personal data.
create table personal_id_allocation (
    idempotency_key     varchar(100) primary key,
    request_fingerprint char(64)     not null,
    personal_id_number  char(12)     not null unique references person,
    allocated_at        timestamptz  not null default now()
);

create sequence household_number_seq;

create table household (
    household_number text        primary key,
    province_code    char(3)     not null check (province_code ~ '^[0-9]{3}$'),
    commune          text        not null check (commune <> ''),
    street           text        not null check (street <> ''),
    created_at       timestamptz not null default now()
);

create table household_member (
    household_number     text     not null references household,
    personal_id_number   char(12) not null references person,
    relationship_to_head text     not null
        check (relationship_to_head in ('HEAD', 'SPOUSE', 'CHILD', 'GRANDCHILD', 'PARENT', 'SIBLING', 'OTHER')),
    joined_on            date     not null,
    primary key (household_number, personal_id_number)
);

-- A person has one permanent residence at a time, and a household one head: made impossible, not unlikely.
create unique index household_member_one_permanent_residence on household_member (personal_id_number);
create unique index household_member_one_head on household_member (household_number)
    where relationship_to_head = 'HEAD';

-- Permanent-residence applications, one per dossier. A cancellation that arrives before its application
-- leaves a CANCELLED row without the application's fields, so a late application is not taken up.
create table residence_application (
    id                        uuid        primary key,
    dossier_id                uuid        not null unique,
    -- As the command gave them: a malformed command is refused with its values on record, not dead-lettered.
    dossier_code              text,
    unit_code                 text,
    child_personal_id_number  text,
    household_number          text,
    relationship_to_head      text,
    mother_personal_id_number text,
    father_personal_id_number text,
    status                    text        not null
        check (status in ('PENDING', 'AWAITING_SUPPLEMENT', 'APPROVED', 'REFUSED', 'CANCELLED')),
    received_at               timestamptz not null,
    due_date                  date,
    due_date_provisional      boolean     not null default false,
    decided_at                timestamptz,
    decided_by                text        check (decided_by in ('OFFICER', 'POLICY', 'CHECKS')),
    refusal_code              text,
    refusal_message           text,
    missing_items             text[]      not null default '{}',
    supplement_request_note   text,
    supplement_rounds         integer     not null default 0,
    registered_on             date,
    registered_address        text,
    registered_province_code  char(3),
    registered_commune        text,
    constraint application_fields_present check (status = 'CANCELLED'
        or (dossier_code is not null and unit_code is not null and child_personal_id_number is not null
            and household_number is not null and relationship_to_head is not null)),
    constraint refusal_has_reason check (status <> 'REFUSED' or refusal_code is not null),
    constraint approval_has_residence check (status <> 'APPROVED'
        or (registered_on is not null and registered_address is not null))
);

create index residence_application_by_dossier_code on residence_application (dossier_code);
-- The officers' queue, most urgent first.
create index residence_application_pending on residence_application (due_date, received_at)
    where status = 'PENDING';

-- The supplements an application resumed with, one per round; a replay of an earlier one (same note and
-- documents) is recognised by its fingerprint and changes nothing.
create table residence_supplement (
    application_id uuid        not null references residence_application,
    round          integer     not null,
    fingerprint    char(64)    not null,
    received_at    timestamptz not null,
    primary key (application_id, round),
    unique (application_id, fingerprint)
);

-- Every change of an application, for the police's audit trail (no personal data beyond the application's).
create table residence_application_history (
    id             bigint      generated always as identity primary key,
    application_id uuid        not null references residence_application,
    occurred_at    timestamptz not null,
    status         text        not null,
    actor          text        not null,
    note           text
);

create index residence_application_history_by_application on residence_application_history (application_id, id);
