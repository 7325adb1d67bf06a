-- The evaluations a campaign starts, one agreement in force at a time and in the background: a
-- country may have thousands, more than one request can start. Written when the campaign opens;
-- the outcome is set when its evaluation was tried (STARTED; ALREADY when one was under way or
-- done; NOT_IN_FORCE when the lifecycle had moved on meanwhile), so that the campaign's page
-- shows how far the start went, and a restart takes up where it stopped.
create table campaign_start (
    campaign_id   bigint      not null references evaluation_campaign (id) on delete cascade,
    agreement_id  bigint      not null references agreement (id) on delete cascade,
    outcome       varchar(20),
    primary key (campaign_id, agreement_id)
);
