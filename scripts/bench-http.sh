#!/usr/bin/env bash
# HTTP benchmark of the management API against a baseline served by the same server
# (docs/benchmarks.md). Starts PostgreSQL (var/pg) and Payara Micro on BENCH_PORT with the
# baseline endpoint on, creates a benchmark street of housenumbers, warms up, then runs each
# scenario RUNS times with wrk (32 connections, 2 threads) and prints the medians and ratios.
# SCENARIOS="baseline patch batch" limits the run to some of: baseline get page100 search muni
# patch batch. BENCH_JAVA_OPTS replaces the server's JVM options (default: the production ones of
# scripts/run.sh), BENCH_WAR the archive served (A/B of two builds in one session).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-8090}
runs=${RUNS:-3}
duration=${DURATION:-15s}
base=http://127.0.0.1:$port
work=target/bench
mkdir -p "$work"
rm -f "$work"/*-[0-9].txt  # results of an earlier run must not leak into this one's summary
command -v wrk >/dev/null || { echo "installing wrk (Debian package)"; apt-get install -y -qq wrk >/dev/null; }

scripts/pg.sh up var/pg 55432 ban >/dev/null
war=${BENCH_WAR:-ban-ear/target/dist/ban.war}
[ -f "$war" ] || ./mvnw -B -q install -DskipTests
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
BAN_DB_URL=jdbc:postgresql://127.0.0.1:55432/ban BAN_DB_USER=ban BAN_DB_PASSWORD=ban \
  java ${BENCH_JAVA_OPTS:--Xmx2g} -Dban.bench.baseline-endpoint=true -Dban.auth.anonymous-read=true \
  -Dban.ratelimit.exempt-cidrs=127.0.0.0/8 -Dban.geocoder.data-dir="$PWD/data" \
  -jar ban-ear/target/dist/payara-micro.jar --deploy "$war" --contextroot / \
  --port "$port" --disablephonehome --nocluster ${BENCH_MICRO_OPTS:-} > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "$base/health/ready" >/dev/null && break; sleep 1; done
curl -sf "$base/health/ready" >/dev/null || { echo "server not ready, see $work/server.log"; exit 1; }

echo "creating the benchmark client and data..."
client=$(BAN_DB_URL=jdbc:postgresql://127.0.0.1:55432/ban bin/ban client create --name Benchmark \
  --contributor-type admin --all-write-scopes --rate-limit-exempt --json | tr -d ' \n')
cid=$(echo "$client" | sed 's/.*"client_id":"\([^"]*\)".*/\1/')
secret=$(echo "$client" | sed 's/.*"client_secret":"\([^"]*\)".*/\1/')
token=$(curl -sf -X POST "$base/token" -d grant_type=client_credentials -d client_id="$cid" \
  -d client_secret="$secret" -d email=bench@example.org | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
auth="Authorization: Bearer $token"
curl() { command curl -H "$auth" "$@"; }
insee=$(printf '9%04d' $((RANDOM % 10000)))
muni=$(curl -sf -X POST "$base/municipality" -d "{\"name\":\"Bench $insee\",\"insee\":\"$insee\"}" | sed 's/.*"id":"\([^"]*\)".*/\1/') \
  || muni=$(curl -sf "$base/municipality/insee:$insee" | sed 's/.*"id":"\([^"]*\)".*/\1/')
group=$(curl -sf -X POST "$base/group" -d "{\"name\":\"Rue du Banc $RANDOM\",\"kind\":\"way\",\"municipality\":\"$muni\"}" | sed 's/.*"id":"\([^"]*\)".*/\1/')
: > "$work/get-paths.txt"; : > "$work/patch-paths.txt"
for i in $(seq 1 1000); do
  id=$(curl -sf -X POST "$base/housenumber" -d "{\"number\":\"$i\",\"parent\":\"$group\"}" | sed 's/.*"id":"\([^"]*\)".*/\1/')
  echo "/housenumber/$id" >> "$work/get-paths.txt"
  echo "/housenumber/$id 1" >> "$work/patch-paths.txt"
  curl -sf -X POST "$base/position" -d "{\"center\":[2.3$i,48.8$i],\"housenumber\":\"$id\",\"kind\":\"entrance\",\"positioning\":\"gps\"}" >/dev/null
done
echo "/housenumber?parent=$group&limit=100&fields=*.*" > "$work/page-paths.txt"
# the Paris query mix: 2,000 addresses of the shipped extract, as users type them (every 97th
# row, a fixed sample), accents folded to ASCII for the URL
zcat data/ban-adresses-75-paris-2024.csv.gz | awk -F';' 'NR > 1 && NR % 97 == 0 {print $3 ($4 == "" ? "" : " " $4) " " $5 " " $6 " Paris"}' \
  | head -2000 | iconv -f UTF-8 -t ASCII//TRANSLIT | sed 's/[^A-Za-z0-9 -]//g; s/ /+/g; s#^#/search?limit=5\&q=#' > "$work/search-paths.txt"
curl -sf "$base/municipality?limit=1000" | grep -o 'ban-municipality-[0-9a-f]*' | sed 's#^#/municipality/#' > "$work/muni-paths.txt"

# SCENARIOS="batch patch" runs only those (names as printed); default: all of them
want() { [ -z "${SCENARIOS:-}" ] || [[ " $SCENARIOS " == *" ${1%%-*} "* ]]; }
run() { # name, wrk args... (CONNECTIONS overrides the 32 connections)
  local name=$1; shift
  want "$name" || return 0
  for r in $(seq 1 "$runs"); do
    [ -n "${BEFORE_RUN:-}" ] && $BEFORE_RUN
    wrk -t"${THREADS:-2}" -c"${CONNECTIONS:-32}" -d"$duration" --latency "$@" > "$work/$name-$r.txt"
    awk -v n="$name" -v r="$r" '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF}
      END {printf "%-10s run %d: %9.0f req/s  p50 %-8s p99 %-8s non-2xx %s\n", n, r, rps, p50, p99, (bad==""?0:bad)}' "$work/$name-$r.txt"
  done
}
median() { # name -> median req/s
  for r in $(seq 1 "$runs"); do awk '/Requests\/sec/ {print $2}' "$work/$1-$r.txt"; done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

echo "warm-up (a cold Payara answers about 10x slower)..."
wrk -t2 -c32 -d40s "$base/_bench/constant" >/dev/null
BENCH_PATHS=$work/get-paths.txt wrk -t2 -c32 -d20s -s scripts/bench/get-random.lua "$base" >/dev/null
BENCH_PATHS=$work/page-paths.txt wrk -t2 -c8 -d10s -s scripts/bench/get-random.lua "$base" >/dev/null
# a minute of search load before the search runs (with 15 s, the runs of some sessions still
# rose one after the other)
BENCH_PATHS=$work/search-paths.txt wrk -t2 -c32 -d${SEARCH_WARMUP:-60s} -s scripts/bench/get-random.lua "$base" >/dev/null

run baseline "$base/_bench/constant"
BENCH_PATHS=$work/get-paths.txt run get-hn -H "$auth" -s scripts/bench/get-random.lua "$base"
BENCH_PATHS=$work/page-paths.txt run page100 -H "$auth" -s scripts/bench/get-random.lua "$base"
# latency of one client alone: the page-of-100 target is a p50, not a throughput
BENCH_PATHS=$work/page-paths.txt THREADS=1 CONNECTIONS=1 run page100-1c -H "$auth" -s scripts/bench/get-random.lua "$base"
# the geocoder over HTTP: the Paris query mix, anonymous (public route)
BENCH_PATHS=$work/search-paths.txt run search -s scripts/bench/get-random.lua "$base"
# the cost of token validation: the same reads without a token (anonymous reads are on here)
BENCH_PATHS=$work/muni-paths.txt run muni-anon -s scripts/bench/get-random.lua "$base"
BENCH_PATHS=$work/muni-paths.txt run muni-token -H "$auth" -s scripts/bench/get-random.lua "$base"
BENCH_PATHS=$work/muni-paths.txt THREADS=1 CONNECTIONS=1 run muni-anon-1c -s scripts/bench/get-random.lua "$base"
BENCH_PATHS=$work/muni-paths.txt THREADS=1 CONNECTIONS=1 run muni-token-1c -H "$auth" -s scripts/bench/get-random.lua "$base"
# wrk cuts requests in flight at the end of a run: re-read the versions before each run
current_versions() {
  while read -r path _; do
    echo "$path $(curl -sf "$base$path" | sed 's/.*"version":\([0-9]*\).*/\1/')"
  done < "$work/patch-paths.txt" > "$work/patch-paths.next" && mv "$work/patch-paths.next" "$work/patch-paths.txt"
}
BEFORE_RUN=current_versions BENCH_PATHS=$work/patch-paths.txt BENCH_THREADS=2 \
  run patch -H "$auth" -s scripts/bench/patch-versioned.lua "$base"

# POST /batch of 10,000 housenumber creates (one transaction), each run into a fresh street
want batch && for r in $(seq 1 "$runs"); do
  street=$(curl -sf -X POST "$base/group" -d "{\"name\":\"Rue du Lot $RANDOM$r\",\"kind\":\"way\",\"municipality\":\"$muni\"}" | sed 's/.*"id":"\([^"]*\)".*/\1/')
  awk -v g="$street" 'BEGIN { printf "["; for (i = 1; i <= 10000; i++) printf "%s{\"method\":\"POST\",\"path\":\"/housenumber\",\"body\":{\"number\":\"%d\",\"parent\":\"%s\"}}", (i > 1 ? "," : ""), i, g; printf "]" }' > "$work/batch.json"
  curl -s -o "$work/batch-$r.out" -w '%{http_code} %{time_total}\n' -X POST "$base/batch" \
    -H 'Content-Type: application/json' --data-binary @"$work/batch.json" > "$work/batch-$r.txt"
  printf "batch      run %d: %s s (HTTP %s)\n" "$r" "$(cut -d' ' -f2 "$work/batch-$r.txt")" "$(cut -d' ' -f1 "$work/batch-$r.txt")"
done

# a summary line per scenario that ran (medians of missing runs would stop the script)
set +e +o pipefail
exec 2>/dev/null
b=$(median baseline); g=$(median get-hn); p=$(median page100); w=$(median patch)
ma=$(median muni-anon); mt=$(median muni-token); se=$(median search)
latency() { # percentile name -> median over the runs of that wrk percentile, in ms
  for r in $(seq 1 "$runs"); do awk -v p="$1" '$1 == p "%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; print v}' "$work/$2-$r.txt"; done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
p50() { latency 50 "$1"; }
pp=$(p50 page100-1c)ms; pa=$(p50 muni-anon-1c); pt=$(p50 muni-token-1c)
echo
echo "medians over $runs runs of $duration (wrk -t2 -c32):"
want baseline && printf "  baseline constant JSON    %8.0f req/s\n" "$b"
want get-hn && printf "  GET /housenumber/{id}     %8.0f req/s  = %.1f %% of baseline (target >= 25 %%)\n" "$g" "$(awk -v g="$g" -v b="$b" 'BEGIN {print g * 100 / b}')"
want page100 && printf "  page of 100, fields=*.*   %8.0f req/s; alone (1 connection): p50 %s (target < 50 ms)\n" "$p" "$pp"
want search && printf "  GET /search, Paris mix   %8.0f req/s  = %.1f %% of baseline (target >= 40 %%), p50 %s ms, p99 %s ms (target < 20 ms)\n" \
  "$se" "$(awk -v g="$se" -v b="$b" 'BEGIN {print g * 100 / b}')" "$(p50 search)" "$(latency 99 search)"
want patch && printf "  PATCH with version        %8.0f writes/s (target >= 500)\n" "$w"
want batch && printf "  POST /batch, 10,000 creates  %s s median (target < 10 s)\n" \
  "$(for r in $(seq 1 "$runs"); do cut -d' ' -f2 "$work/batch-$r.txt"; done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
want muni && printf "  GET /municipality/{id}    %8.0f req/s anonymous, %8.0f with a token: %.3f ms of CPU per request (2 cores)\n" \
  "$ma" "$mt" "$(awk -v a="$ma" -v t="$mt" 'BEGIN {print (1/t - 1/a) * 2000}')"
want muni && printf "    alone (1 connection)    p50 %.3f ms anonymous, %.3f ms with a token: +%.3f ms (target < 0.2 ms)\n" \
  "$pa" "$pt" "$(awk -v a="$pa" -v t="$pt" 'BEGIN {print t - a}')"
