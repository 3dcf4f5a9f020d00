-- Change tracking (issue 4).

-- Diff increments in commit order (decisions 6 and 16). JPA keys diff rows with `pk`, drawn
-- from a pooled sequence in any order; `increment` is given at COMMIT by a deferred trigger
-- that takes a transaction-level advisory lock first and keeps it until the commit ends. The
-- lock is held only while a commit numbers its diffs, so increments grow in commit order: a
-- consumer polling `increment > last seen` never misses a committed change, and writers are
-- serialized for that short step only. Within a transaction, diffs are numbered in insertion
-- order. A rolled-back transaction takes no number at all.
alter table diff rename column increment to pk;
alter sequence diff_increment_seq rename to diff_pk_seq;
alter table diff add column increment bigint;
update diff set increment = pk;
create unique index diff_increment_key on diff (increment);
-- the rows a commit numbers: only ever its own, a handful of index entries
create index diff_unnumbered_idx on diff (pk) where increment is null;
create sequence diff_commit_seq;
select setval('diff_commit_seq', coalesce((select max(increment) from diff), 0) + 1, false);

-- Fires once per diff row at commit, but numbers all of the transaction's diffs at its first
-- firing (rows without an increment that this transaction can see are its own: every committed
-- row has one), in insertion order; the later firings of the same commit return at once.
create function diff_commit_order() returns trigger language plpgsql as $$
begin
  if current_setting('ban.diffs_numbered', true) = 'yes' then
    return null;
  end if;
  perform pg_advisory_xact_lock(4702110);
  update diff d set increment = n.increment
    from (select o.pk, nextval('diff_commit_seq') as increment
            from (select pk from diff where increment is null order by pk) o) n
   where d.pk = n.pk;
  perform set_config('ban.diffs_numbered', 'yes', true);
  return null;
end
$$;

create constraint trigger diff_commit_order after insert on diff
  deferrable initially deferred for each row execute function diff_commit_order();

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

-- The newest flag of each resource, kept on its row by Flags, so that a single-resource view
-- shows it (decision 14) without a query of its own. Not versioned: a flag is not a write.
alter table municipality add column latest_flag jsonb;
alter table postcode add column latest_flag jsonb;
alter table address_group add column latest_flag jsonb;
alter table housenumber add column latest_flag jsonb;
alter table position add column latest_flag jsonb;
