#!/usr/bin/env bash
# Compares the geocoder of the working tree with that of another commit on the synthetic France, in
# one JVM (fr.gouv.ban.geocoder.scale.FranceAb): the ratio of their speeds on the same batches.
#   scripts/bench-france-ab.sh BASE_REV [MIX] [ROUNDS]   (MIX 0 typed prefixes, 1 complete, 2 reverse)
# Needs the snapshot of a `make bench-france SIZE=$SIZE` run (SIZE, SEED as there; default 1 and 1).
set -euo pipefail
cd "$(dirname "$0")/.."
base_rev=${1:?usage: scripts/bench-france-ab.sh BASE_REV [MIX] [ROUNDS]}
mix=${2:-0}
rounds=${3:-7}
size=${SIZE:-1}
seed=${SEED:-1}
snapshot=ban-domain/target/france/france-$(awk "BEGIN{printf \"%.1f\", $size}")-$seed/france.snapshot
[ -f "$snapshot" ] || { echo "no $snapshot: run 'make bench-france SIZE=$size SEED=$seed' first" >&2; exit 1; }
work=target/bench-ab
mkdir -p "$work"

classes_of() { # source tree, output dir: the bench build's classes of ban-domain
  (cd "$1" && flock /tmp/ban-mvn.lock ./mvnw -B -q -o -pl ban-domain -Pbench -DskipTests process-test-classes \
    dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/ban-domain/target/ab-cp.txt")
  rm -rf "$2" && mkdir -p "$2"
  cp -r "$1/ban-domain/target/classes" "$1/ban-domain/target/test-classes" "$2/"
  local cp="$2/test-classes:$2/classes:$(cat "$1/ban-domain/target/ab-cp.txt")"
  # this tree's FranceVariant, which an older commit lacks, compiled against that commit's classes
  javac -nowarn -d "$2/variant" -cp "$cp" ban-domain/src/jmh/java/fr/gouv/ban/geocoder/scale/FranceVariant.java
  echo "$2/variant:$cp"
}

echo "building the working tree and $base_rev..."
new_cp=$(classes_of . "$work/new")
rm -rf "$work/base-tree"
git worktree prune
git worktree add -q --detach "$work/base-tree" "$base_rev"
trap 'git worktree remove --force "$work/base-tree"' EXIT
base_cp=$(classes_of "$work/base-tree" "$work/base")
echo "comparing (2 warm-up rounds, then $rounds rounds of 4,096 queries each)..."
java -Xmx${HEAP:-10g} -cp "$work/new/test-classes" fr.gouv.ban.geocoder.scale.FranceAb \
  "$PWD/data" "$snapshot" "$size" "$seed" "$mix" "$rounds" "$base_cp" "$new_cp"
