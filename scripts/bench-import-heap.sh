#!/usr/bin/env bash
# Import memory benchmark (issue 5, docs/benchmarks.md "Imports"): the heap of a node importing a
# large BAN CSV under -Xmx1g. Generates a synthetic full-France BAN CSV (SyntheticBan, the
# geocoder's scale generator; SIZE=0.46 is about 2 GB, 12 M addresses), imports it on a
# management-only node (no geocoder index: its heap is the geocoder's, measured by bench-france)
# and samples the live heap (jmap -histo:live, a full GC) every SAMPLE_SECONDS.
#   SIZE=0.46 LIMIT_MINUTES=40 scripts/bench-import-heap.sh
# LIMIT_MINUTES=0 runs the import to its end (hours on 2 cores; about 2 KB of versions, diffs
# and indexes per change in the database: mind the disk). BENCH_PORT=8094, BENCH_PG_PORT=55436.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${SIZE:-0.46}
seed=${SEED:-1}
limit=${LIMIT_MINUTES:-0}
every=${SAMPLE_SECONDS:-30}
port=${BENCH_PORT:-8094}
pgport=${BENCH_PG_PORT:-55436}
work=target/bench-heap
mkdir -p "$work"
file=$work/ban-$size-$seed.csv

if [ ! -s "$file" ]; then
  echo "generating $file (synthetic France, size $size, seed $seed)"
  flock /tmp/ban-mvn.lock ./mvnw -B -q -pl ban-domain -DskipTests test-compile \
    dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$work/cp.txt"
  java -cp "ban-domain/target/test-classes:ban-domain/target/classes:$(cat "$work/cp.txt")" \
    fr.gouv.ban.geocoder.scale.SyntheticBan data "$work/partial.csv" "$size" "$seed"
  mv "$work/partial.csv" "$file"
fi
[ -f ban-ear/target/dist/ban.war ] || ./mvnw -B -q install -DskipTests

pg=target/pg-heap
scripts/pg.sh fresh "$pg" "$pgport" ban_heap >/dev/null
BAN_DB_URL=jdbc:postgresql://127.0.0.1:$pgport/ban_heap BAN_DB_USER=ban BAN_DB_PASSWORD=ban \
  java ${BENCH_JAVA_OPTS:--Xmx1g} -Xlog:gc:file="$work/gc.log" \
  -Dban.ratelimit.exempt-cidrs=127.0.0.0/8 \
  -jar ban-ear/target/dist/payara-micro.jar --deploy ban-ear/target/dist/ban.war --contextroot / \
  --port "$port" --disablephonehome --nocluster > "$work/server.log" 2>&1 &
server=$!
trap 'kill $importer $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
importer=
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "server not ready: $work/server.log"; exit 1; }

echo "importing $file ($(du -h "$file" | cut -f1)) with ${BENCH_JAVA_OPTS:--Xmx1g}"
BAN_DB_URL=jdbc:postgresql://127.0.0.1:$pgport/ban_heap BAN_URL=http://127.0.0.1:$port \
  bin/ban import ban "$file" > "$work/import.txt" 2> "$work/import.err" &
importer=$!
start=$(date +%s)
max=0
: > "$work/samples.txt"
while kill -0 "$importer" 2>/dev/null; do
  sleep "$every"
  live=$(jmap -histo:live "$server" 2>/dev/null | awk '/^Total/ {print int($3 / 1048576)}')
  progress=$(grep -a -o 'Import [^:]*: [0-9]*% of [^,]*, [0-9,]* commands ([0-9,]*/s)' "$work/server.log" \
    | tail -1 | sed 's/Import [^:]*: //')
  elapsed=$(( $(date +%s) - start ))
  echo "$elapsed s: live heap ${live:-?} MB; ${progress:-starting}" | tee -a "$work/samples.txt"
  [ -n "$live" ] && [ "$live" -gt "$max" ] && max=$live
  if [ "$limit" != 0 ] && [ "$elapsed" -ge $((limit * 60)) ]; then
    echo "stopped after $limit minutes (LIMIT_MINUTES)"
    break
  fi
done
[ -s "$work/import.txt" ] && cat "$work/import.txt"
if ! kill -0 "$importer" 2>/dev/null && ! wait "$importer"; then echo "the import client failed:"; tail -5 "$work/import.err"; fi
echo "max live heap ${max} MB over $(wc -l < "$work/samples.txt") samples; GC log: $work/gc.log"
