-- A client that sends the same request twice (a retry after a lost answer) with the same
-- Idempotency-Key header gets the agreement the first one created, not a second one.
create table idempotency_key (
    user_id          varchar(64)  not null,
    idempotency_key  varchar(200) not null,
    agreement_id     bigint       not null references agreement (id),
    created_at       timestamp with time zone not null,
    primary key (user_id, idempotency_key)
);
