-- Which national reviewers a file was referred to: a ministry sees an agreement once one of its
-- tasks was offered to it, and keeps seeing it afterwards.
create table agreement_referral (
    agreement_id    bigint      not null references agreement (id),
    reviewer_group  varchar(64) not null,
    referred_at     timestamp with time zone not null,
    primary key (agreement_id, reviewer_group)
);
