-- Contributors' OAuth2 clients and the tokens issued to them (issue 3).
-- Secrets and tokens are stored only as hashes: a database dump never lets anyone write.

create table client (
    pk bigserial primary key,
    client_id uuid not null unique,
    name text not null,
    -- PBKDF2 string "PBKDF2WithHmacSHA256:<iterations>:<salt b64>:<hash b64>"
    secret_hash text not null,
    contributor_types text[] not null check (cardinality(contributor_types) > 0),
    scopes text[] not null default '{}',
    enabled boolean not null default true,
    rate_limit_exempt boolean not null default false,
    created_at timestamptz not null default now(),
    modified_at timestamptz not null default now()
);

-- Each token opens one session; sessions of system tasks (reference data) have no client.
alter table contributor_session add column client_pk bigint references client;

create table access_token (
    -- SHA-256 of the bearer token: tokens carry 256 random bits, so no salt is needed and the
    -- hash is the lookup key
    token_hash bytea primary key,
    session_pk bigint not null references contributor_session,
    client_pk bigint not null references client,
    scopes text[] not null,
    issued_at timestamptz not null,
    expires_at timestamptz not null,
    revoked_at timestamptz
);
create index access_token_client_idx on access_token (client_pk);
