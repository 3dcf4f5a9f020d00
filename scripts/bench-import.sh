#!/usr/bin/env bash
# Import benchmark (issue 5, docs/benchmarks.md): the Paris BAN extract imported through the
# plugin and the write path (validation plugins, versions, diffs, events) against the physical
# limit of this machine measured in the same run: a raw COPY of the same rows (every table the
# import writes, with their indexes and the diff trigger) into the same schema.
#   RUNS=3 FILE=data/ban-adresses-75-paris-2024.csv.gz scripts/bench-import.sh
# (BENCH_PORT=8091 and BENCH_PG_PORT=55434 by default: its Payara Micro and its own PostgreSQL
# cluster target/pg-bench; BENCH_JAVA_OPTS=-Xmx1g).
# Each run starts from empty tables. The first, untimed pass is a --dry-run of the whole file
# (every row applied, then rolled back): it warms the server up.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-8091}
pgport=${BENCH_PG_PORT:-55434}
runs=${RUNS:-3}
file=${FILE:-data/ban-adresses-75-paris-2024.csv.gz}
work=target/bench-import
mkdir -p "$work"
pg=target/pg-bench${BENCH_PG_PORT:+-$BENCH_PG_PORT}  # a cluster keeps the port it was created with
db=jdbc:postgresql://127.0.0.1:$pgport
psql() { command psql -X -q -h 127.0.0.1 -p "$pgport" -U ban "$@"; }
export PGPASSWORD=ban
scripts/pg.sh fresh "$pg" "$pgport" ban_bench >/dev/null
scripts/pg.sh fresh "$pg" "$pgport" ban_copy >/dev/null
[ -f ban-ear/target/dist/ban.war ] || ./mvnw -B -q install -DskipTests
ban() { BAN_DB_URL=$db/ban_bench BAN_URL=http://127.0.0.1:$port bin/ban "$@"; }
BAN_DB_URL=$db/ban_copy bin/ban client list >/dev/null   # migrates the COPY target's schema

BAN_DB_URL=$db/ban_bench BAN_DB_USER=ban BAN_DB_PASSWORD=ban \
  java ${BENCH_JAVA_OPTS:--Xmx1g} -Dban.ratelimit.exempt-cidrs=127.0.0.0/8 \
  -Dban.geocoder.data-dir="$PWD/data" \
  -jar ban-ear/target/dist/payara-micro.jar --deploy ban-ear/target/dist/ban.war --contextroot / \
  --port "$port" --disablephonehome --nocluster > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "server not ready: $work/server.log"; exit 1; }

tables="municipality postcode address_group housenumber housenumber_ancestor position resource_version diff"
empty() { psql "$1" -c "truncate $(echo $tables | tr ' ' ',') cascade"; }
seconds() { sed -n 's/.* in \([0-9.]*\) s.*/\1/p' "$1"; }

echo "warm-up: dry run of $file"
ban import ban "$file" --dry-run > "$work/warmup.txt" 2>/dev/null
for i in $(seq 1 "$runs"); do
  empty ban_bench
  ban import ban "$file" > "$work/import-$i.txt" 2>/dev/null
  ban import ban "$file" > "$work/reimport-$i.txt" 2>/dev/null
  # the raw COPY of exactly the rows this import wrote, timed by PostgreSQL's clock
  for t in client contributor_session $tables; do
    psql ban_bench -c "\copy $t to '$work/$t.copy'"
  done
  psql ban_copy -c "truncate client, contributor_session, $(echo $tables | tr ' ' ',') cascade"
  start=$(date +%s.%N)
  { echo "begin;"; for t in client contributor_session $tables; do echo "\\copy $t from '$work/$t.copy'"; done; echo "commit;"; } \
    | psql ban_copy
  end=$(date +%s.%N)
  awk "BEGIN {print $end - $start}" > "$work/copy-$i.txt"
  printf 'run %d: import %s s, re-import %s s, raw COPY %s s (%s)\n' "$i" \
    "$(seconds "$work/import-$i.txt")" "$(seconds "$work/reimport-$i.txt")" \
    "$(cat "$work/copy-$i.txt")" "$(head -1 "$work/reimport-$i.txt" | cut -d: -f2 | cut -c1-70)"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
imp=$(for i in $(seq 1 "$runs"); do seconds "$work/import-$i.txt"; done | median)
re=$(for i in $(seq 1 "$runs"); do seconds "$work/reimport-$i.txt"; done | median)
copy=$(for i in $(seq 1 "$runs"); do cat "$work/copy-$i.txt"; done | median)
rows=$(zcat -f "$file" | tail -n +2 | wc -l)
echo
echo "$(head -1 "$work/import-1.txt")"
awk -v runs="$runs" -v imp="$imp" -v re="$re" -v copy="$copy" -v rows="$rows" 'BEGIN {
  printf "median of %d: import %.1f s (%.0f addresses/s), re-import %.1f s, raw COPY %.1f s (%.0f/s); import speed / COPY speed = %.2f\n",
    runs, imp, rows / imp, re, copy, rows / copy, copy / imp }'
