-- Decisions carry the officer (DESIGN.md §6): the username of the officer who took an office decision. Null for
-- the policy's decisions (auto-issue, the rules) and for office decisions recorded before this column.
alter table declarations add column decided_by_officer text;
alter table declarations add constraint officer_takes_office_decisions
    check (decided_by_officer is null or (decided_by = 'OFFICE' and decided_by_officer <> ''));
