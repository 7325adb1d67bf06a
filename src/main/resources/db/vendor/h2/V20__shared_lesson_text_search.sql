-- PostgreSQL indexes a lesson's folded words (its V20); the embedded database reads its few lessons.
select 1;
