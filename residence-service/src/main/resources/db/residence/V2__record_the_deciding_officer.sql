-- Decisions carry the officer (DESIGN.md §6): the username of the officer who decided, beside the kind of
-- decision (decided_by: OFFICER, POLICY, CHECKS). Null for automatic decisions, and for officers' decisions
-- recorded before this column existed.
alter table residence_application add column decided_by_username text;
alter table residence_application add constraint decided_by_username_only_for_officers
    check (decided_by_username is null or (decided_by = 'OFFICER' and decided_by_username <> ''));

-- The history carries who, too: the username of the person who made a change (an officer's decision);
-- null for changes made by commands, the policy or the checks.
alter table residence_application_history add column username text;
