-- The timeline records more than state changes: reminders and escalations of overdue tasks, and
-- the steps of an amendment, which leave the agreement in force.
alter table agreement_event add column kind varchar(30) default 'STATE_CHANGED' not null;
alter table agreement_event add column subject varchar(100);
alter table agreement_event alter column to_state drop not null;
update agreement_event set subject = to_state where subject is null;

-- The text an agreement is concluded under: the current one of its jurisdiction unless a historic
-- Tunisian file says otherwise.
alter table agreement add column legal_basis varchar(30);
update agreement set legal_basis = case jurisdiction when 'DZ' then 'DZ_DECREE_17_329' else 'TN_CODE_ART_40' end;
alter table agreement alter column legal_basis set not null;
