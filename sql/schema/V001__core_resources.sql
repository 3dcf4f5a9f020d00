-- Core management resources, their versions and the diff feed.
-- Conventions:
--  * every resource row has an internal bigint pk (never published) and a public id
--    `ban-<resource>-<32 hex>`;
--  * `deleted_at` marks a soft delete; natural keys are unique over ALL rows (a colliding
--    create revives the deleted row), other identifiers only over active rows (decision 15);
--  * null members of a unique combination are values, not wildcards (decision 3): indexes use
--    coalesce(); ordinals compare case-insensitively.
-- The postgis extension is created by the cluster superuser before migrations run;
-- unaccent and fuzzystrmatch are trusted extensions the database owner may create.

create extension if not exists unaccent;
create extension if not exists fuzzystrmatch;

create sequence resource_pk_seq increment by 50 start with 1000;
create sequence version_pk_seq increment by 50 start with 1000;
create sequence diff_increment_seq increment by 50 start with 1000;

create table contributor_session (
    pk bigserial primary key,
    client_name text,
    contributor_type text not null,
    email text,
    ip text,
    created_at timestamptz not null default now()
);

create table municipality (
    pk bigint primary key,
    id text not null unique,
    version integer not null,
    created_at timestamptz not null,
    modified_at timestamptz not null,
    created_by bigint not null references contributor_session,
    modified_by bigint not null references contributor_session,
    deleted_at timestamptz,
    attributes jsonb,
    name text not null,
    alias jsonb not null default '[]',
    insee text not null,
    siren text
);
create unique index municipality_insee_key on municipality (insee);
create unique index municipality_siren_key on municipality (siren) where deleted_at is null;

create table postcode (
    pk bigint primary key,
    id text not null unique,
    version integer not null,
    created_at timestamptz not null,
    modified_at timestamptz not null,
    created_by bigint not null references contributor_session,
    modified_by bigint not null references contributor_session,
    deleted_at timestamptz,
    attributes jsonb,
    code text not null,
    name text not null,
    alias jsonb not null default '[]',
    complement text,
    municipality_pk bigint not null references municipality
);
create unique index postcode_natural_key on postcode (code, coalesce(complement, ''), municipality_pk);
create index postcode_municipality_idx on postcode (municipality_pk);

create table address_group (
    pk bigint primary key,
    id text not null unique,
    version integer not null,
    created_at timestamptz not null,
    modified_at timestamptz not null,
    created_by bigint not null references contributor_session,
    modified_by bigint not null references contributor_session,
    deleted_at timestamptz,
    attributes jsonb,
    name text not null,
    alias jsonb not null default '[]',
    kind text not null,
    addressing text,
    fantoir text,
    laposte text,
    ign text,
    municipality_pk bigint not null references municipality
);
create unique index address_group_fantoir_key on address_group (fantoir);
create unique index address_group_laposte_key on address_group (laposte) where deleted_at is null;
create unique index address_group_ign_key on address_group (ign) where deleted_at is null;
create index address_group_municipality_idx on address_group (municipality_pk);

create table housenumber (
    pk bigint primary key,
    id text not null unique,
    version integer not null,
    created_at timestamptz not null,
    modified_at timestamptz not null,
    created_by bigint not null references contributor_session,
    modified_by bigint not null references contributor_session,
    deleted_at timestamptz,
    attributes jsonb,
    number text,
    -- numeric part of `number`, so that 2 sorts before 10 (decision 4)
    number_value bigint generated always as (substring(number from '^[0-9]{1,18}')::bigint) stored,
    ordinal text,
    parent_pk bigint not null references address_group,
    postcode_pk bigint references postcode,
    cia text,
    laposte text,
    ign text
);
create unique index housenumber_natural_key
    on housenumber (parent_pk, coalesce(number, ''), upper(coalesce(ordinal, '')));
create unique index housenumber_cia_key on housenumber (cia) where deleted_at is null;
create unique index housenumber_laposte_key on housenumber (laposte) where deleted_at is null;
create unique index housenumber_ign_key on housenumber (ign) where deleted_at is null;
create index housenumber_postcode_idx on housenumber (postcode_pk);
create index housenumber_order_idx on housenumber (number_value nulls first, number nulls first, ordinal nulls first, pk);

create table housenumber_ancestor (
    housenumber_pk bigint not null references housenumber on delete cascade,
    group_pk bigint not null references address_group,
    primary key (housenumber_pk, group_pk)
);
create index housenumber_ancestor_group_idx on housenumber_ancestor (group_pk);

create table position (
    pk bigint primary key,
    id text not null unique,
    version integer not null,
    created_at timestamptz not null,
    modified_at timestamptz not null,
    created_by bigint not null references contributor_session,
    modified_by bigint not null references contributor_session,
    deleted_at timestamptz,
    attributes jsonb,
    center geometry(Point, 4326),
    name text,
    housenumber_pk bigint not null references housenumber,
    parent_pk bigint references position,
    kind text not null,
    positioning text not null,
    source text,
    comment text,
    ign text,
    laposte text,
    source_kind text not null
);
create index position_center_gist on position using gist (center);
create index position_housenumber_idx on position (housenumber_pk);
create index position_parent_idx on position (parent_pk);
create unique index position_ign_key on position (ign) where deleted_at is null;
create unique index position_laposte_key on position (laposte) where deleted_at is null;

-- One row per stored version of any resource, insert-only: a version is valid from its
-- valid_from until the next version's valid_from, so "the version current at instant t" is
-- the newest version with valid_from <= t (on a boundary the newer one wins).
create table resource_version (
    pk bigint primary key,
    resource text not null,
    resource_pk bigint not null,
    sequential integer not null,
    data jsonb not null,
    valid_from timestamptz not null,
    created_by bigint not null references contributor_session,
    unique (resource, resource_pk, sequential)
);

-- The diff feed: one row per stored version, written in the same transaction.
create table diff (
    increment bigint primary key,
    resource text not null,
    resource_id text not null,
    insee text,
    created_at timestamptz not null,
    created_by bigint not null references contributor_session,
    old jsonb,
    new jsonb,
    diff jsonb not null
);
create index diff_resource_id_idx on diff (resource_id);
create index diff_insee_idx on diff (insee);

-- Former identifiers of a resource: followed by lookups that find nothing (302/300).
create table redirect (
    resource text not null,
    identifier text not null,
    value text not null,
    target_id text not null,
    primary key (resource, identifier, value, target_id)
);
create index redirect_target_idx on redirect (target_id);
