create table handled (
    id         bigint generated always as identity primary key,
    dossier_id uuid not null,
    reason     text not null
);
