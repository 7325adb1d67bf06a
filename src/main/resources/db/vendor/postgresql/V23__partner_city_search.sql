-- Who else works with a partner looks for its words in the partner's city as well as in the
-- reference, titles and partner's name: the city joins the one folded text the trigram index
-- covers, so that each word is one indexed condition instead of an OR that read every agreement.
-- The projects and visits outside any agreement are searched the same way.
drop index agreement_text_search;
create index agreement_text_search on agreement using gin (
    search_fold(reference || ' ' || title_fr || ' ' || title_ar || ' ' || partner_name || ' ' || partner_city)
    gin_trgm_ops);

create index recorded_activity_text_search on recorded_activity using gin (
    search_fold(title || ' ' || coalesce(partner_name, '') || ' ' || coalesce(funded_by, '')) gin_trgm_ops)
    where agreement_id is null;
