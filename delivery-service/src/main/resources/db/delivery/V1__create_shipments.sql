-- delivery-service's own tables: shipments, their history, postal tracking numbers.

-- One parcel per dossier, carrying all its results (DESIGN.md rule 9).
create table shipment (
    id                      uuid        primary key,
    -- A DispatchResults replayed under any message ID finds this row instead of making a second shipment.
    dossier_id              uuid        not null unique,
    dossier_code            text,
    unit_code               text        not null,
    province_code           text        not null,
    method                  text        not null check (method in ('POST', 'COMMUNE_STAFF', 'DESK')),
    tracking_number         text,
    recipient_name          text        not null,
    address                 text,
    phone                   text,
    beneficiary_category    text,
    beneficiary_certificate text,
    rate                    numeric(12) not null check (rate >= 0),
    fee                     numeric(12) not null check (fee >= 0 and fee <= rate),
    fee_waived_by           text,
    status                  text        not null check (status in ('CREATED', 'VISIT_SCHEDULED', 'AWAITING_PICKUP',
                                'HANDED_TO_CARRIER', 'OUT_FOR_DELIVERY', 'FAILED_ATTEMPT', 'RETURNED', 'DELIVERED')),
    attempts                integer     not null check (attempts >= 0),
    visit_date              date,
    created_at              timestamptz not null,
    status_changed_at       timestamptz not null,
    last_event_at           timestamptz,
    delivered_at            timestamptz,
    received_by             text,
    returned_at             timestamptz,
    constraint shipment_post_has_tracking_number check ((method = 'POST') = (tracking_number is not null)),
    constraint shipment_waiver_is_free check (fee_waived_by is null or fee = 0)
);

-- Not unique: a number may be issued again after 12 months (tracking_number below guards that); lookups take
-- the newest shipment.
create index shipment_by_tracking_number on shipment (tracking_number, created_at desc) where tracking_number is not null;
create index shipment_by_dossier_code on shipment (dossier_code);
create index shipment_by_unit_and_status on shipment (unit_code, status);
-- The simulated carrier's poll: postal shipments still on their way.
create index shipment_on_the_way on shipment (status_changed_at)
    where method = 'POST' and status in ('CREATED', 'HANDED_TO_CARRIER', 'OUT_FOR_DELIVERY', 'FAILED_ATTEMPT');

create table shipment_document (
    shipment_id uuid    not null references shipment (id),
    position    integer not null,
    kind        text    not null,
    reference   text,
    primary key (shipment_id, position)
);

-- Every report and record a shipment received, applied or not (late, repeated): its story as told.
create table shipment_event (
    position    bigint      generated always as identity primary key,
    shipment_id uuid        not null references shipment (id),
    -- The carrier's event ID (or one made for the simulated carrier and officers): a report sent twice counts once.
    event_id    text        not null unique,
    source      text        not null check (source in ('CARRIER', 'SIMULATED_CARRIER', 'OFFICER')),
    status      text        not null,
    occurred_at timestamptz not null,
    recorded_at timestamptz not null default now(),
    effect      text        not null check (effect in ('APPLIED', 'LATE', 'NO_CHANGE')),
    note        text
);
create index shipment_event_by_shipment on shipment_event (shipment_id, occurred_at);

-- UPU S10 serials (DESIGN.md rule 8). The sequence hands each allocator its own serial without locks; it
-- cycles after 99,999,999, and then the table below refuses any serial issued in the last 12 months.
create sequence tracking_serial as integer minvalue 1 maxvalue 99999999 cycle;

create table tracking_number (
    prefix    text        not null check (prefix ~ '^[A-Z]{2}$'),
    serial    integer     not null check (serial between 1 and 99999999),
    issued_at timestamptz not null,
    primary key (prefix, serial)
);
