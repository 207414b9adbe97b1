-- The platform's participant now remembers every withdrawn dossier (messaging.dossier_memory, per consumer: this
-- service's spring.application.name) and skips a late or replayed step for it, so this service's own list goes.
-- The withdrawals it holds move there first, or a late IssueHealthInsuranceCard for one of them would issue a card.
-- The service migrates the platform's schema before its own (see MigrationOrder), so the table is there.
insert into messaging.dossier_memory (consumer, dossier_id, state, remembered_at)
select 'health-insurance-service', dossier_id, 'CANCELLED', cancelled_at from cancelled_dossiers
on conflict (consumer, dossier_id) do update set state = 'CANCELLED', reply_type = null, reply_payload = null;

drop table cancelled_dossiers;
