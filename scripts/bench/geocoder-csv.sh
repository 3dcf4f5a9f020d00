#!/usr/bin/env bash
# Benchmark of POST /search/csv and POST /reverse/csv (docs/benchmarks.md, "Geocoder CSV"):
# uploads a CSV of ROWS (default 20,000) real Paris addresses taken from the shipped extract
# (every k-th row: number, suffix, street; postcode; city), RUNS times (default 3) after one
# warm-up upload, and prints rows/s per run and the median. Uses a running server when BASE is
# given (BASE=http://127.0.0.1:8080); otherwise starts its own: a PostgreSQL cluster under
# target/pg-bench (port BENCH_PG_PORT, default 55446) and Payara Micro on BENCH_PORT (default
# 8097), stopped at the end. Needs the build (make build) when it starts its own server.
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
  NR == 1 {print "adresse;code_postal;ville" > "'"$work"'/search.csv"; print "id;lat;lon" > "'"$work"'/reverse.csv"; next}
  (NR - 2) % k == 0 && c < n {c++
    print $3 ($4 == "" ? "" : " " $4) " " $5 ";" $6 ";Paris" > "'"$work"'/search.csv"
    print $1 ";" $14 ";" $13 > "'"$work"'/reverse.csv"}'
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
  shift 0
  curl -sf -o "$3" -w '%{time_total}' -F data=@"$2" "$BASE/$1" || { echo "upload failed" >&2; exit 1; }
}
bench() { # name route file
  local name=$1 route=$2 file=$3 n t rate all=()
  n=$(($(wc -l < "$file") - 1))
  upload "$route" "$file" "$work/$name-warmup.csv" >/dev/null  # warm-up (JIT, caches)
  for r in $(seq 1 "$runs"); do
    t=$(upload "$route" "$file" "$work/$name-$r.csv")
    rate=$(awk -v n="$n" -v t="$t" 'BEGIN {printf "%.0f", n / t}')
    ok=$(awk -F';' 'NR > 1 && $NF == "ok"' "$work/$name-$r.csv" | wc -l)
    printf '%-8s run %d: %6d rows in %6.2f s = %7d rows/s (ok %d)\n' "$name" "$r" "$n" "$t" "$rate" "$ok"
    all+=("$rate")
  done
  printf '%-8s median: %d rows/s\n' "$name" "$(printf '%s\n' "${all[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
}
bench search search/csv "$work/search.csv"
bench reverse reverse/csv "$work/reverse.csv"
