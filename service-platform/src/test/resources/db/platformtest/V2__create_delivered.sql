create table delivered (
    message_id uuid primary key,
    dossier_id uuid not null,
    type       text not null,
    topic      text not null
);
