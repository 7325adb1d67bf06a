-- The register's text search ignores accents, Arabic short vowels, hamza seats and tatweel, by
-- the same rule as on PostgreSQL: on H2, the rule's Java method itself.
create alias search_fold deterministic for 'org.taawun.agreement.SearchText.fold';
