-- Change tracking (issue 4).

-- Diff increments are handed out under a transaction-level advisory lock that every writing
-- transaction takes before its first write and keeps until it commits (CommitOrder): writers
-- are serialized, so increments grow in commit order and a consumer polling with the last
-- increment it saw never misses a change (decisions 6 and 16). One value per diff, no cache.
create sequence diff_commit_seq;
select setval('diff_commit_seq', coalesce((select max(increment) from diff), 999));
drop sequence diff_increment_seq;
create index diff_created_at_idx on diff (created_at);

-- "This client validates this version": at most one flag per version and client.
create table flag (
    pk bigserial primary key,
    resource text not null,
    resource_pk bigint not null,
    sequential integer not null,
    client_pk bigint not null references client,
    client_name text not null,
    contributor_type text not null,
    session_pk bigint not null references contributor_session,
    created_at timestamptz not null,
    unique (resource, resource_pk, sequential, client_pk)
);
create index flag_resource_idx on flag (resource, resource_pk, sequential, contributor_type);
