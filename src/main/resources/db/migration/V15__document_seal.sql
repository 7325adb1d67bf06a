-- The key and certificate the installation seals its documents with, when no keystore is
-- configured (the demo): made on first start, kept here, the same for every node.
create table document_seal (
    id           integer      primary key,
    -- PKCS#8
    private_key  bytea        not null,
    -- X.509, DER
    certificate  bytea        not null,
    created_at   timestamp with time zone not null
);
