-- A dossier withdrawn before its IssueHealthInsuranceCard arrived: nothing was declared, so there is no declaration
-- to mark CANCELLED, but the withdrawal must still be remembered, or a late or replayed command would issue a card
-- for a withdrawn dossier (a compensation tolerates a step that never ran; the step never runs after it).
-- Written in the same transaction as the "cancelled" reply; a later command for the dossier gets that reply again.
create table cancelled_dossiers (
    dossier_id          uuid        primary key,
    cancellation_reason text,
    cancelled_at        timestamptz not null
);
