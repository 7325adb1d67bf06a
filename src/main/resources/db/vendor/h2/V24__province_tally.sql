-- The register counted by wilaya or governorate, and its fields by country, under the names
-- PostgreSQL keeps up to date with triggers (see its V24); read from the agreements themselves on
-- the embedded database.
create view agreement_province_tally as
select a.jurisdiction, l.province_code, a.state, a.partner_country, a.instrument,
       coalesce(extract(year from a.signature_date), 0) as signed_year, count(*) as n
from agreement a join local_authority l on l.code = a.local_authority
group by a.jurisdiction, l.province_code, a.state, a.partner_country, a.instrument,
         coalesce(extract(year from a.signature_date), 0);

create view agreement_country_field_tally as
select a.jurisdiction, f.field, a.state, a.partner_country, a.instrument,
       coalesce(extract(year from a.signature_date), 0) as signed_year, count(*) as n
from agreement_field f join agreement a on a.id = f.agreement_id
group by a.jurisdiction, f.field, a.state, a.partner_country, a.instrument,
         coalesce(extract(year from a.signature_date), 0);
