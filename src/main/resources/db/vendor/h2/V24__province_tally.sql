-- The register counted by wilaya or governorate, under the name PostgreSQL keeps up to date with
-- triggers (see its V24); read from the agreements themselves on the embedded database.
create view agreement_province_tally as
select a.jurisdiction, l.province_code, a.state, a.partner_country, a.instrument,
       coalesce(extract(year from a.signature_date), 0) as signed_year, count(*) as n
from agreement a join local_authority l on l.code = a.local_authority
group by a.jurisdiction, l.province_code, a.state, a.partner_country, a.instrument,
         coalesce(extract(year from a.signature_date), 0);
