-- A lesson's words, and a partner's city, found as the register's words are (V16): folded, through a
-- trigram index.
create index shared_lesson_text_search on shared_lesson using gin (
    search_fold(worked || ' ' || coalesce(did_not_work, '') || ' ' || coalesce(contact_office, '')) gin_trgm_ops);

-- Who else works with a partner finds it by its city too ("Konya"), beside the register's words.
create index agreement_partner_city_search on agreement using gin (search_fold(partner_city) gin_trgm_ops);
