#!/usr/bin/env bash
# Owns the project's PostgreSQL/PostGIS clusters: one for `make run` (var/pg, port 55432)
# and a throwaway one for tests (target/pg-test, port 55433). Both listen on loopback only,
# on their own ports, so they never collide with a system cluster.
#
#   scripts/pg.sh up   DATADIR PORT DBNAME   install PostGIS if missing, init, start, create db
#   scripts/pg.sh fresh DATADIR PORT DBNAME  same as up, with the database dropped and re-created
#   scripts/pg.sh down DATADIR               stop the cluster (data kept)
#
# The database role is `ban` / `ban`, local to this cluster; the postgis extension is created
# by the cluster's superuser so the application role needs no superuser rights.
set -euo pipefail

cmd=${1:?usage: pg.sh up DATADIR PORT DBNAME | down DATADIR}
datadir=$(realpath -m "${2:?data directory}")  # follows the link left by a relocated cluster

pg_bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ]; then echo "$d"; return; fi
  done
}

install_postgis() {
  local bindir ver
  bindir=$(pg_bindir || true)
  if [ -n "$bindir" ]; then
    ver=$(basename "$(dirname "$bindir")")
    if ls /usr/share/postgresql/"$ver"/extension/postgis.control >/dev/null 2>&1; then return; fi
  fi
  if [ "$(id -u)" != 0 ]; then
    echo "PostGIS is missing: install the Debian package postgresql-15-postgis-3 (as root), or give BAN_DB_URL." >&2
    exit 1
  fi
  echo "Installing PostgreSQL + PostGIS from Debian packages (once)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql-15-postgis-3 >/dev/null
}

# PostgreSQL refuses to run as root: as root the cluster is owned by the `postgres` user.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

up() {
  local port=${3:?port} db=${4:?database name}
  install_postgis
  local bin; bin=$(pg_bindir)
  if [ ! -s "$datadir/PG_VERSION" ]; then
    echo "Creating PostgreSQL cluster in $datadir (port $port)"
    mkdir -p "$(dirname "$datadir")"
    if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$(dirname "$datadir")"; then
      # the postgres user cannot reach the checkout (a private home directory, say): keep the
      # cluster where it can, and leave a link in its usual place
      local real
      real=/var/tmp/ban-pg/$(echo "$datadir" | md5sum | cut -c1-12)
      mkdir -p "$real" && chmod 755 /var/tmp/ban-pg
      rm -rf "$datadir" && ln -s "$real" "$datadir"
      datadir=$real
    fi
    mkdir -p "$datadir"
    [ "$(id -u)" = 0 ] && chown postgres: "$datadir" && chmod 700 "$datadir"
    as_owner "$bin/initdb" -D "$datadir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    cat >> "$datadir/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$datadir'
fsync = ${BAN_PG_FSYNC:-on}
shared_buffers = 256MB
max_connections = 200
shared_preload_libraries = 'pg_stat_statements'
CONF
  fi
  if ! as_owner "$bin/pg_ctl" -D "$datadir" status >/dev/null 2>&1; then
    # the server must not inherit the caller's descriptors: under `flock LOCK scripts/...` it
    # would hold the lock for as long as it runs. All of them, not only 3-9: a caller's shell
    # may have handed flock a higher number.
    (
      for fd in /proc/$BASHPID/fd/*; do
        fd=${fd##*/}
        [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null
      done
      as_owner "$bin/pg_ctl" -D "$datadir" -l "$datadir/server.log" -w -t 60 start >/dev/null
    )
  fi
  export PGOPTIONS="--client-min-messages=warning"
  local psql=("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -qAt)
  if [ "${FRESH:-}" = 1 ]; then
    "${psql[@]}" -d postgres -c "drop database if exists \"$db\" with (force)"
  fi
  if [ "$("${psql[@]}" -d postgres -c "select 1 from pg_roles where rolname='ban'")" != 1 ]; then
    "${psql[@]}" -d postgres -c "create role ban login password 'ban'"
  fi
  if [ "$("${psql[@]}" -d postgres -c "select 1 from pg_database where datname='$db'")" != 1 ]; then
    "${psql[@]}" -d postgres -c "create database \"$db\" owner ban"
  fi
  "${psql[@]}" -d "$db" -c "create extension if not exists postgis" \
    -c "create extension if not exists unaccent" -c "create extension if not exists fuzzystrmatch" \
    -c "create extension if not exists pg_stat_statements"
  echo "PostgreSQL/PostGIS ready: jdbc:postgresql://127.0.0.1:$port/$db (user ban)"
}

down() {
  local bin; bin=$(pg_bindir)
  if [ -s "$datadir/PG_VERSION" ] && as_owner "$bin/pg_ctl" -D "$datadir" status >/dev/null 2>&1; then
    as_owner "$bin/pg_ctl" -D "$datadir" -m fast -w stop >/dev/null
    echo "Stopped PostgreSQL in $datadir"
  fi
}

case "$cmd" in
  up) up "$@" ;;
  fresh) FRESH=1 up "$@" ;;
  down) down ;;
  *) echo "unknown command $cmd" >&2; exit 2 ;;
esac
