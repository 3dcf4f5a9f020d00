#!/usr/bin/env bash
# Prints an access token of the local demo client that the first `make run` created
# (credentials in var/demo-client.json), for the README's examples:
#   T=$(scripts/demo-token.sh); curl -H "Authorization: Bearer $T" ...
set -euo pipefail
cd "$(dirname "$0")/.."
demo=var/demo-client.json
[ -s "$demo" ] || { echo "no $demo: run 'make run' once (it creates the demo client)" >&2; exit 1; }
id=$(tr -d ' \n' < "$demo" | sed 's/.*"client_id":"\([^"]*\)".*/\1/')
secret=$(tr -d ' \n' < "$demo" | sed 's/.*"client_secret":"\([^"]*\)".*/\1/')
answer=$(curl -s -X POST "http://localhost:${BAN_PORT:-8080}/token" -d grant_type=client_credentials \
  -d client_id="$id" -d client_secret="$secret" -d email="${USER:-demo}@localhost")
case "$answer" in
  *access_token*) echo "$answer" | sed 's/.*"access_token":"\([^"]*\)".*/\1/' ;;
  *) echo "no token: $answer (is 'make run' running?)" >&2; exit 1 ;;
esac
