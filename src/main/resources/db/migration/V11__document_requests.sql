-- The request a document answers (the engine's issuing process): a request answered once is
-- not answered again, so a document issued twice for one request is one document.
alter table issued_document add column request varchar(64);
create unique index issued_document_by_request on issued_document (request);
