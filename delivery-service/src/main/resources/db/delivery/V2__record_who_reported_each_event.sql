-- Who reported each event (DESIGN.md §6): the client of a carrier's webhook call, or the username of the officer
-- who recorded a delivery, failed visit or pickup. Null for the simulated carrier and for events recorded before.
alter table shipment_event add column reported_by text check (reported_by <> '');
