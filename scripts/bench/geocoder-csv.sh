#!/usr/bin/env bash
# Benchmark of POST /search/csv and POST /reverse/csv (docs/benchmarks.md, "Geocoder CSV"):
# uploads a CSV of ROWS (default 20,000) real Paris addresses taken from the shipped extract
# (every k-th row: id; number, suffix, street; postcode; city), RUNS times (default 3) after
# WARMUP (default 3) warm-up uploads, and prints rows/s per run and the median. Uses a
# running server when BASE is given (BASE=http://127.0.0.1:8080); otherwise starts its own: a PostgreSQL cluster under
# target/pg-bench (port BENCH_PG_PORT, default 55446) and Payara Micro on BENCH_PORT (default
# 8097), stopped at the end. Needs the build (make build) when it starts its own server.
# ROWS=158047 REPEAT=3 RUNS=1 WARMUP=1: a 15 MB upload (the body limit of other routes is 10 MB).
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${ROWS:-20000}
runs=${RUNS:-3}
work=target/bench-csv
mkdir -p "$work"

# input: ROWS addresses spread over the whole extract, and their points for the reverse run
total=$(zcat data/ban-adresses-75-paris-2024.csv.gz | wc -l)
step=$(( (total - 1) / rows )); [ "$step" -ge 1 ] || step=1
zcat data/ban-adresses-75-paris-2024.csv.gz | awk -F';' -v k="$step" -v n="$rows" '
  NR == 1 {print "id;adresse;code_postal;ville" > "'"$work"'/search.csv"; print "id;lat;lon" > "'"$work"'/reverse.csv"; next}
  (NR - 2) % k == 0 && c < n {c++
    print $1 ";" $3 ($4 == "" ? "" : " " $4) " " $5 ";" $6 ";Paris" > "'"$work"'/search.csv"
    print $1 ";" $14 ";" $13 > "'"$work"'/reverse.csv"}'
if [ "${REPEAT:-1}" -gt 1 ]; then  # REPEAT=k: the same rows k times (a file above 10 MB)
  for f in search reverse; do
    { head -1 "$work/$f.csv"; for _ in $(seq 1 "$REPEAT"); do tail -n +2 "$work/$f.csv"; done; } > "$work/$f.tmp"
    mv "$work/$f.tmp" "$work/$f.csv"
  done
fi
echo "input: $(($(wc -l < "$work/search.csv") - 1)) rows, $(du -h "$work/search.csv" | cut -f1) (search); $(du -h "$work/reverse.csv" | cut -f1) (reverse)"

if [ -z "${BASE:-}" ]; then
  port=${BENCH_PORT:-8097}
  pgport=${BENCH_PG_PORT:-55446}
  BASE=http://127.0.0.1:$port
  [ -f ban-ear/target/dist/ban.war ] || { echo "build first: make build"; exit 1; }
  scripts/pg.sh fresh target/pg-bench "$pgport" ban >/dev/null
  BAN_DB_URL=jdbc:postgresql://127.0.0.1:$pgport/ban BAN_DB_USER=ban BAN_DB_PASSWORD=ban \
    java -Xmx2g -Dban.ratelimit.exempt-cidrs=127.0.0.0/8 -Dban.geocoder.data-dir="$PWD/data" \
    -jar ban-ear/target/dist/payara-micro.jar --deploy ban-ear/target/dist/ban.war --contextroot / \
    --port "$port" --disablephonehome --nocluster > "$work/server.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; scripts/pg.sh down target/pg-bench >/dev/null' EXIT
  for _ in $(seq 1 180); do curl -sf "$BASE/health/ready" >/dev/null && break; sleep 1; done
  curl -sf "$BASE/health/ready" >/dev/null || { echo "server not ready, see $work/server.log"; exit 1; }
fi

upload() { # route file out -> seconds
  local columns=()
  [ "$1" = search/csv ] && columns=(-F columns=adresse -F columns=code_postal -F columns=ville)
  curl -sf -o "$3" -w '%{time_total}' -F data=@"$2" "${columns[@]}" "$BASE/$1" \
    || { echo "upload failed" >&2; exit 1; }
}
bench() { # name route file
  local name=$1 route=$2 file=$3 n t rate all=()
  n=$(($(wc -l < "$file") - 1))
  for _ in $(seq 1 "${WARMUP:-3}"); do  # warm-up (JIT, caches)
    upload "$route" "$file" "$work/$name-warmup.csv" >/dev/null
  done
  for r in $(seq 1 "$runs"); do
    t=$(upload "$route" "$file" "$work/$name-$r.csv")
    rate=$(awk -v n="$n" -v t="$t" 'BEGIN {printf "%.0f", n / t}')
    ok=$(grep -c ';ok$' "$work/$name-$r.csv" || true)
    same=$(awk -F';' 'NR == 1 {for (i = 1; i <= NF; i++) if ($i == "result_id") c = i}
      NR > 1 && $1 == $c' "$work/$name-$r.csv" | wc -l)
    printf '%-8s run %d: %6d rows in %6.2f s = %7d rows/s (ok %d, result_id = input id %d)\n' \
      "$name" "$r" "$n" "$t" "$rate" "$ok" "$same"
    all+=("$rate")
  done
  printf '%-8s median: %d rows/s\n' "$name" "$(printf '%s\n' "${all[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
}
bench search search/csv "$work/search.csv"
bench reverse reverse/csv "$work/reverse.csv"
