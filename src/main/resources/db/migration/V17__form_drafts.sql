-- A task's form as its person saved it to finish later: kept until the task is done, by
-- whatever route, or ends with its process.
create table form_draft (
    task_id   varchar(64) not null,
    user_id   varchar(64) not null,
    -- the fields as typed, by name: {"f-decision": ["APPROVE"], ...}
    typed     text        not null,
    saved_at  timestamp with time zone not null,
    primary key (task_id, user_id)
);
