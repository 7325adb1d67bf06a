-- The register's text search ignores accents, Arabic short vowels, hamza seats and tatweel:
-- "Selcuklu" finds "Selçuklu". The same rule as SearchText.fold, which the tests compare with
-- this function; the trigram index is rebuilt on the folded text.
create or replace function search_fold(t text) returns text
    language sql immutable strict parallel safe
    as $$ select translate(lower(regexp_replace(normalize(t, NFD),
        '[\u0300-\u036f\u064b-\u065f\u0670\u0640]', '', 'g')), 'ىةٱı', 'يهاi') $$;

drop index agreement_text_search;
create index agreement_text_search on agreement using gin (
    search_fold(reference || ' ' || title_fr || ' ' || title_ar || ' ' || partner_name) gin_trgm_ops);
