-- Indexes for the register at national scale (every commune of Algeria and municipality of
-- Tunisia, twenty years of files): measured by the platform benchmark (./mvnw -Pbench verify).

-- a secretary's register: their authority's files, newest first
create index agreement_by_authority_created on agreement (local_authority, created_at desc, id desc);
-- the national register, newest first; filtered by partner country, state and jurisdiction, a
-- page is read in order from the index, however few files match
create index agreement_by_created on agreement (created_at desc, id desc);
create index agreement_by_country_state on agreement (partner_country, state, jurisdiction, created_at desc, id desc);
-- the register filtered by a field of cooperation
create index agreement_field_by_field on agreement_field (field, agreement_id);
-- a ministry's referred files
create index agreement_referral_by_group on agreement_referral (reviewer_group, agreement_id);
