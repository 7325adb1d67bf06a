-- The register counted as it changes, for the national inventory: how many agreements there are
-- for each authority, state, partner country, instrument and year of signature (0: not signed),
-- and for each field by wilaya or governorate instead of authority. The database keeps both: every insert,
-- update and deletion of an agreement or of its fields moves the counts in the same transaction,
-- whichever route wrote it. A country's counts then read a few thousand rows instead of its
-- hundreds of thousands of agreements.
create table agreement_tally (
    jurisdiction     varchar(2)  not null,
    local_authority  varchar(40) not null,
    state            varchar(30) not null,
    partner_country  varchar(2)  not null,
    instrument       varchar(30) not null,
    signed_year      integer     not null,
    n                bigint      not null,
    primary key (jurisdiction, local_authority, state, partner_country, instrument, signed_year)
);

create table agreement_field_tally (
    jurisdiction     varchar(2)  not null,
    province_code    varchar(40) not null,
    field            varchar(40) not null,
    state            varchar(30) not null,
    partner_country  varchar(2)  not null,
    instrument       varchar(30) not null,
    signed_year      integer     not null,
    n                bigint      not null,
    primary key (jurisdiction, province_code, field, state, partner_country, instrument, signed_year)
);

insert into agreement_tally
select jurisdiction, local_authority, state, partner_country, instrument,
       coalesce(cast(extract(year from signature_date) as integer), 0), count(*)
from agreement
group by 1, 2, 3, 4, 5, 6;

insert into agreement_field_tally
select a.jurisdiction, l.province_code, f.field, a.state, a.partner_country, a.instrument,
       coalesce(cast(extract(year from a.signature_date) as integer), 0), count(*)
from agreement_field f join agreement a on a.id = f.agreement_id join local_authority l on l.code = a.local_authority
group by 1, 2, 3, 4, 5, 6, 7;

-- Adds the step (1 or -1) to the counts of an agreement as its row reads, and of each field it has.
create function agreement_tally_move(a agreement, step integer) returns void
    language plpgsql as $$
declare
    signed integer := coalesce(cast(extract(year from a.signature_date) as integer), 0);
begin
    insert into agreement_tally as t
    values (a.jurisdiction, a.local_authority, a.state, a.partner_country, a.instrument, signed, step)
    on conflict (jurisdiction, local_authority, state, partner_country, instrument, signed_year)
    do update set n = t.n + step;
    -- in the order of the key, so that two transactions moving the same counts wait for each
    -- other instead of deadlocking
    insert into agreement_field_tally as t
    select a.jurisdiction, l.province_code, f.field, a.state, a.partner_country, a.instrument, signed, step
    from agreement_field f join local_authority l on l.code = a.local_authority
    where f.agreement_id = a.id order by f.field
    on conflict (jurisdiction, province_code, field, state, partner_country, instrument, signed_year)
    do update set n = t.n + step;
end $$;

create function agreement_tally_on_agreement() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'UPDATE' and (old.jurisdiction, old.local_authority, old.state, old.partner_country,
            old.instrument, extract(year from old.signature_date))
        is not distinct from (new.jurisdiction, new.local_authority, new.state, new.partner_country,
            new.instrument, extract(year from new.signature_date)) then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform agreement_tally_move(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform agreement_tally_move(new, 1);
    end if;
    if tg_when = 'BEFORE' then
        return old;
    end if;
    return null;
end $$;

-- before a deletion, while the agreement's fields are still there to be counted down; a field
-- deleted with its agreement then finds no agreement and moves nothing
create trigger agreement_tally_deleted before delete on agreement
    for each row execute function agreement_tally_on_agreement();
create trigger agreement_tally_written after insert or update on agreement
    for each row execute function agreement_tally_on_agreement();

create function agreement_tally_on_field() returns trigger
    language plpgsql as $$
declare
    f agreement_field := coalesce(new, old);
    step integer := case tg_op when 'INSERT' then 1 else -1 end;
begin
    insert into agreement_field_tally as t
    select a.jurisdiction, l.province_code, f.field, a.state, a.partner_country, a.instrument,
           coalesce(cast(extract(year from a.signature_date) as integer), 0), step
    from agreement a join local_authority l on l.code = a.local_authority where a.id = f.agreement_id
    on conflict (jurisdiction, province_code, field, state, partner_country, instrument, signed_year)
    do update set n = t.n + step;
    return null;
end $$;

create trigger agreement_field_tally_written after insert or delete on agreement_field
    for each row execute function agreement_tally_on_field();

-- An authority moved to another wilaya or governorate: its agreements' fields are counted there.
create function agreement_tally_on_authority() returns trigger
    language plpgsql as $$
begin
    insert into agreement_field_tally as t
    select a.jurisdiction, moved.province, f.field, a.state, a.partner_country, a.instrument,
           coalesce(cast(extract(year from a.signature_date) as integer), 0), sum(moved.step)
    from agreement a join agreement_field f on f.agreement_id = a.id
    cross join (values (old.province_code, -1), (new.province_code, 1)) as moved (province, step)
    where a.local_authority = new.code
    group by 1, 2, 3, 4, 5, 6, 7
    order by 1, 2, 3, 4, 5, 6, 7
    on conflict (jurisdiction, province_code, field, state, partner_country, instrument, signed_year)
    do update set n = t.n + excluded.n;
    return null;
end $$;

create trigger agreement_tally_authority_moved after update of province_code on local_authority
    for each row when (old.province_code is distinct from new.province_code)
    execute function agreement_tally_on_authority();
