-- PostgreSQL only: the register's text search (reference, titles, partner) through a trigram
-- index, so that words anywhere in a title are found among a million agreements without reading
-- them all. pg_trgm is a trusted extension: the database's owner may create it.
create extension if not exists pg_trgm;

create index agreement_text_search on agreement using gin (
    (lower(reference) || ' ' || lower(title_fr) || ' ' || title_ar || ' ' || lower(partner_name)) gin_trgm_ops);
