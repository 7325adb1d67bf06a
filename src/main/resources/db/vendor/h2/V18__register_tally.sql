-- The register counted for the national inventory, under the names PostgreSQL keeps up to date
-- with triggers (see its V18): on the embedded database, which holds one installation's few
-- hundred agreements, the counts are read from the agreements themselves.
create view agreement_tally as
select jurisdiction, local_authority, state, partner_country, instrument,
       coalesce(extract(year from signature_date), 0) as signed_year, count(*) as n
from agreement
group by jurisdiction, local_authority, state, partner_country, instrument,
         coalesce(extract(year from signature_date), 0);

create view agreement_field_tally as
select a.jurisdiction, l.province_code, f.field, a.state, a.partner_country, a.instrument,
       coalesce(extract(year from a.signature_date), 0) as signed_year, count(*) as n
from agreement_field f join agreement a on a.id = f.agreement_id join local_authority l on l.code = a.local_authority
group by a.jurisdiction, l.province_code, f.field, a.state, a.partner_country, a.instrument,
         coalesce(extract(year from a.signature_date), 0);
