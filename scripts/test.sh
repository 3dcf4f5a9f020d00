#!/usr/bin/env bash
# make test: starts a throwaway PostgreSQL/PostGIS for tests (target/pg-test, port 55433,
# databases ban_test and ban_schema_it: never the make run one), runs unit, integration and end-to-end tests,
# stops the cluster and prints the totals.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/pg.sh fresh target/pg-test 55433 ban_test || exit 1
scripts/pg.sh fresh target/pg-test 55433 ban_schema_it || exit 1
./mvnw -B verify "$@"
rc=$?
scripts/pg.sh down target/pg-test
scripts/test-totals.sh
exit $rc
