#!/usr/bin/env bash
# Compares the geocoder of the working tree with that of another commit on the synthetic France, in
# one JVM (fr.gouv.ban.geocoder.scale.FranceAb): the ratio of their speeds on the same batches.
#   scripts/bench-france-ab.sh BASE_REV [MIX] [ROUNDS]   (MIX 0 typed prefixes, 1 complete, 2 reverse)
# Needs the snapshot of a `make bench-france` run: SIZE and SEED as given to it (here the defaults
# are SIZE=1, the full France, and SEED=1), or SNAPSHOT=path/to/france.snapshot.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
base_rev=${1:?usage: scripts/bench-france-ab.sh BASE_REV [MIX] [ROUNDS]}
mix=${2:-0}
rounds=${3:-7}
[ "$rounds" -ge 1 ] || { echo "ROUNDS must be at least 1" >&2; exit 1; }
size=${SIZE:-1}
seed=${SEED:-1}
# FranceScale names its directory with Java's Double.toString: 1 -> "1.0", 0.25 -> "0.25"
java_size=$(awk -v s="$size" 'BEGIN { v = sprintf("%g", s); if (v !~ /\./) v = v ".0"; print v }')
snapshot=${SNAPSHOT:-ban-domain/target/france/france-$java_size-$seed/france.snapshot}
[ -f "$snapshot" ] || { echo "no $snapshot: run 'make bench-france SIZE=$size SEED=$seed' first" >&2; exit 1; }
work=target/bench-ab
mkdir -p "$work"

classes_of() { # source tree, output dir: writes the bench build's classpath to <output dir>/cp
  (cd "$1" && flock /tmp/ban-mvn.lock ./mvnw -B -q -o -pl ban-domain -Pbench -DskipTests process-test-classes \
    dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/ban-domain/target/ab-cp.txt") >&2
  rm -rf "$2" && mkdir -p "$2"
  cp -r "$1/ban-domain/target/classes" "$1/ban-domain/target/test-classes" "$2/"
  local cp
  cp="$2/test-classes:$2/classes:$(cat "$1/ban-domain/target/ab-cp.txt")"
  # this tree's FranceVariant, which an older commit lacks, compiled against that commit's classes
  javac -nowarn -d "$2/variant" -cp "$cp" ban-domain/src/jmh/java/fr/gouv/ban/geocoder/scale/FranceVariant.java >&2
  echo "$2/variant:$cp" > "$2/cp"
}

echo "building the working tree and $base_rev..."
classes_of . "$work/new"
tree=$(mktemp -d)
trap 'git worktree remove --force "$tree"; rm -rf "$tree"' EXIT
git worktree add -q --detach "$tree" "$base_rev"
classes_of "$tree" "$work/base"
echo "comparing (2 warm-up rounds, then $rounds rounds of 4,096 queries each)..."
java "-Xmx${HEAP:-10g}" -cp "$work/new/test-classes" fr.gouv.ban.geocoder.scale.FranceAb \
  "$PWD/data" "$snapshot" "$size" "$seed" "$mix" "$rounds" "$(cat "$work/base/cp")" "$(cat "$work/new/cp")"
