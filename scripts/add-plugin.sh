#!/usr/bin/env bash
# Adds plugin jars to a BAN server archive without rebuilding it (docs/plugins.md):
#   scripts/add-plugin.sh ban.war my-plugin.jar [other.jar...]
# The jars go to WEB-INF/lib, where CDI discovers their beans (each jar needs a META-INF/beans.xml).
# Restart the server on the updated archive; an invalid plugin fails the deployment with one
# report of every problem (duplicate ids, wrong scope...).
set -euo pipefail
war=$(realpath "${1:?usage: add-plugin.sh WAR JAR...}")
shift
[ $# -gt 0 ] || { echo "usage: add-plugin.sh WAR JAR..." >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/WEB-INF/lib"
for jar in "$@"; do
  jar tf "$jar" | grep -q '^META-INF/beans.xml$' \
    || { echo "$jar has no META-INF/beans.xml: its beans would not be discovered" >&2; exit 1; }
  cp "$jar" "$work/WEB-INF/lib/"
done
(cd "$work" && jar uf "$war" WEB-INF/lib/*)
echo "added to $war: $(cd "$work/WEB-INF/lib" && ls | tr '\n' ' ')"
