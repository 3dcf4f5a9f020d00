#!/usr/bin/env bash
# make run: one command from a clean clone to a running server.
#  1. PostgreSQL/PostGIS: the project's own cluster (var/pg, port 55432), unless BAN_DB_URL
#     points at an existing database (then BAN_DB_USER / BAN_DB_PASSWORD are used as given);
#  2. build the application if the sources changed since the last build;
#  3. Payara Micro in the foreground on BAN_PORT (default 8080), context root /, no phone-home,
#     no clustering; on first start the application migrates the schema, loads the
#     reference data (communes, postcodes) from data/ and imports the demo addresses.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BAN_PORT:-8080}

if [ -z "${BAN_DB_URL:-}" ]; then
  scripts/pg.sh up var/pg 55432 ban
  own_cluster=1
  export BAN_DB_URL=jdbc:postgresql://127.0.0.1:55432/ban BAN_DB_USER=ban BAN_DB_PASSWORD=ban
fi

war=ban-ear/target/dist/ban.war
micro=ban-ear/target/dist/payara-micro.jar
if [ ! -f "$war" ] || [ ! -f "$micro" ] \
   || [ -n "$(find pom.xml */pom.xml */src sql/schema -newer "$war" -type f -print -quit)" ]; then
  echo "Building the application (first time: downloads dependencies, a few minutes)..."
  ./mvnw -B -q install -DskipTests
fi

# A local demo client with every write scope, created once per database, so that the README's
# first write works; its credentials are printed once and kept in var/demo-client.json.
if [ -n "${own_cluster:-}" ]; then
  demo=var/demo-client.json
  if [ ! -s "$demo" ] || ! bin/ban client list | grep -q "$(sed -n 's/.*"client_id" : "\([^"]*\)".*/\1/p' "$demo")"; then
    bin/ban client create --name "Local demo" --contributor-type admin --all-write-scopes \
      --rate-limit-exempt --json > "$demo.tmp" && mv "$demo.tmp" "$demo" && chmod 600 "$demo"
    cat <<MSG

  Local demo client created (all write scopes; kept in $demo):
$(sed 's/^/    /' "$demo")
  Get a token (or simply: T=\$(scripts/demo-token.sh)):
    curl -s -X POST http://localhost:$port/token -d grant_type=client_credentials \\
      -d client_id=... -d client_secret=... -d email=you@example.org
MSG
  fi
fi

cat <<MSG

  BAN server starting on http://localhost:$port/ (ready in ~20 s; Ctrl-C stops it)
    management API  http://localhost:$port/municipality, /postcode, /group, /housenumber, /position
    OpenAPI         http://localhost:$port/openapi
    health          http://localhost:$port/health
    metrics         http://localhost:$port/metrics

MSG
# Demo addresses imported on the first start (BAN_DEMO_DATA=false skips them): the Paris BAN
# extract and the Nouvelle-Calédonie addok export, through the importer like any import.
demo_data=""
if [ "${BAN_DEMO_DATA:-true}" != false ]; then
  demo_data="ban:$PWD/data/ban-adresses-75-paris-2024.csv.gz,addok:$PWD/data/ban-addok-988-nouvelle-caledonie-2024.ndjson.gz"
fi
exec java ${BAN_JAVA_OPTS:--Xmx2g} \
  -Dban.reference-data.dir="${BAN_REFERENCE_DATA_DIR:-$PWD/data}" \
  -Dban.demo-data="$demo_data" \
  -jar "$micro" --deploy "$war" --contextroot / --port "$port" \
  --disablephonehome --nocluster \
  --postbootcommandfile payara-config/post-boot-commands.asadmin
