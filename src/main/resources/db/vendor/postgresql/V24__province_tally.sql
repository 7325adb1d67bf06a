-- The register counted by wilaya or governorate instead of authority, and its fields counted by
-- country instead of wilaya, for a whole country's inventory: a country's counts then read a few
-- thousand rows where the counts by authority, or the fields' by wilaya, hold tens of thousands.
-- Kept like the others (V18), in the same transaction as every change to an agreement, to its
-- fields or to an authority's wilaya.
create table agreement_province_tally (
    jurisdiction     varchar(2)  not null,
    province_code    varchar(40) not null,
    state            varchar(30) not null,
    partner_country  varchar(2)  not null,
    instrument       varchar(30) not null,
    signed_year      integer     not null,
    n                bigint      not null,
    primary key (jurisdiction, province_code, state, partner_country, instrument, signed_year)
);

create table agreement_country_field_tally (
    jurisdiction     varchar(2)  not null,
    field            varchar(40) not null,
    state            varchar(30) not null,
    partner_country  varchar(2)  not null,
    instrument       varchar(30) not null,
    signed_year      integer     not null,
    n                bigint      not null,
    primary key (jurisdiction, field, state, partner_country, instrument, signed_year)
);

insert into agreement_country_field_tally
select a.jurisdiction, f.field, a.state, a.partner_country, a.instrument,
       coalesce(cast(extract(year from a.signature_date) as integer), 0), count(*)
from agreement_field f join agreement a on a.id = f.agreement_id
group by 1, 2, 3, 4, 5, 6;

insert into agreement_province_tally
select a.jurisdiction, l.province_code, a.state, a.partner_country, a.instrument,
       coalesce(cast(extract(year from a.signature_date) as integer), 0), count(*)
from agreement a join local_authority l on l.code = a.local_authority
group by 1, 2, 3, 4, 5, 6;

create or replace function agreement_tally_move(a agreement, step integer) returns void
    language plpgsql as $$
declare
    signed integer := coalesce(cast(extract(year from a.signature_date) as integer), 0);
begin
    insert into agreement_tally as t
    values (a.jurisdiction, a.local_authority, a.state, a.partner_country, a.instrument, signed, step)
    on conflict (jurisdiction, local_authority, state, partner_country, instrument, signed_year)
    do update set n = t.n + step;
    insert into agreement_province_tally as t
    select a.jurisdiction, l.province_code, a.state, a.partner_country, a.instrument, signed, step
    from local_authority l where l.code = a.local_authority
    on conflict (jurisdiction, province_code, state, partner_country, instrument, signed_year)
    do update set n = t.n + step;
    -- in the order of the key, so that two transactions moving the same counts wait for each
    -- other instead of deadlocking
    insert into agreement_field_tally as t
    select a.jurisdiction, l.province_code, f.field, a.state, a.partner_country, a.instrument, signed, step
    from agreement_field f join local_authority l on l.code = a.local_authority
    where f.agreement_id = a.id order by f.field
    on conflict (jurisdiction, province_code, field, state, partner_country, instrument, signed_year)
    do update set n = t.n + step;
    insert into agreement_country_field_tally as t
    select a.jurisdiction, f.field, a.state, a.partner_country, a.instrument, signed, step
    from agreement_field f where f.agreement_id = a.id order by f.field
    on conflict (jurisdiction, field, state, partner_country, instrument, signed_year)
    do update set n = t.n + step;
end $$;

create or replace function agreement_tally_on_field() returns trigger
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
    insert into agreement_country_field_tally as t
    select a.jurisdiction, f.field, a.state, a.partner_country, a.instrument,
           coalesce(cast(extract(year from a.signature_date) as integer), 0), step
    from agreement a where a.id = f.agreement_id
    on conflict (jurisdiction, field, state, partner_country, instrument, signed_year)
    do update set n = t.n + step;
    return null;
end $$;

-- An authority moved to another wilaya or governorate: its agreements, and their fields, are
-- counted there.
create or replace function agreement_tally_on_authority() returns trigger
    language plpgsql as $$
begin
    insert into agreement_province_tally as t
    select a.jurisdiction, moved.province, a.state, a.partner_country, a.instrument,
           coalesce(cast(extract(year from a.signature_date) as integer), 0), sum(moved.step)
    from agreement a
    cross join (values (old.province_code, -1), (new.province_code, 1)) as moved (province, step)
    where a.local_authority = new.code
    group by 1, 2, 3, 4, 5, 6
    order by 1, 2, 3, 4, 5, 6
    on conflict (jurisdiction, province_code, state, partner_country, instrument, signed_year)
    do update set n = t.n + excluded.n;
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
