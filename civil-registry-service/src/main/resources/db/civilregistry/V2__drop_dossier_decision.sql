-- Refused and withdrawn dossiers are remembered by the messaging platform (messaging.dossier_memory), which
-- answers a repeated RegisterBirth with the decision and never hands a withdrawn dossier's command to the registry.
drop table dossier_decision;
