#!/usr/bin/env bash
# Record-linkage benchmarks for issue 3 (never run by mvn verify).
#   haven-match/bench/run.sh [quality|scale|duke|all]   (from the repository root; default all)
# Writes working files to bench-out/match/ and prints every figure with the command behind it.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
OUT=$ROOT/bench-out/match
DATA=${HAVEN_SHARED_DATA:-$ROOT/../shared/data}
mkdir -p "$OUT"
mvn -B -q -Pbench -pl haven-match test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$OUT/bench.cp" >/dev/null
CP="$ROOT/haven-match/target/classes:$ROOT/haven-match/target/test-classes:$(cat "$OUT/bench.cp")"
JAVA="java -Xmx4g -XX:+UseParallelGC -cp $CP"
HAVEN="$JAVA am.haven.match.bench.HavenBench"
TIME="/usr/bin/time -f %e_s_%M_KB"

run() { # name, then the command; prints wall time and peak RSS
  local name=$1; shift
  local shown="$*"
  echo "== $name: ${shown//$CP/\$CP}"
  $TIME -o "$OUT/$name.time" "$@" 2> "$OUT/$name.log" > "$OUT/$name.out" || { cat "$OUT/$name.log"; exit 1; }
  echo "   wall/peak RSS: $(cat "$OUT/$name.time")"
  grep '^blocking:' "$OUT/$name.out" | sed 's/^/   /' || true
}

evaluate() { # clusters, truth
  $HAVEN link evaluate --clusters "$1" --truth "$2" | sed 's/^/   /'
}

quality() {
  for f in febrl1 febrl2; do
    awk -F', ' 'NR==1{print "id,entity_id";next}{split($1,a,"-"); print $1","a[2]}' "$DATA/febrl/$f.csv" > "$OUT/$f.truth.csv"
    run "$f" $HAVEN link --input "$DATA/febrl/$f.csv" --id rec_id --out "$OUT/$f.clusters.csv" --truth "$OUT/$f.truth.csv"
    evaluate "$OUT/$f.clusters.csv" "$OUT/$f.truth.csv"
  done
  awk -F, 'NR==1{print "id,entity_id";next}{print $1","$7}' "$DATA/splink/splink_fake_1000.csv" > "$OUT/splink.truth.csv"
  run splink $HAVEN link --input "$DATA/splink/splink_fake_1000.csv" --id unique_id --out "$OUT/splink.clusters.csv" --truth "$OUT/splink.truth.csv"
  evaluate "$OUT/splink.clusters.csv" "$OUT/splink.truth.csv"
  $HAVEN generate --persons 10000 --seed 7 --out "$OUT/gen10k.csv" --truth "$OUT/gen10k.truth.csv" 2>/dev/null
  run gen10k $HAVEN link --input "$OUT/gen10k.csv" --id id --out "$OUT/gen10k.clusters.csv" --truth "$OUT/gen10k.truth.csv"
  evaluate "$OUT/gen10k.clusters.csv" "$OUT/gen10k.truth.csv"
}

scale() {
  for n in 100000 1000000; do
    run "generate$n" $HAVEN generate --persons $n --seed 42 --out "$OUT/gen$n.csv" --truth "$OUT/gen$n.truth.csv"
    run "link$n" $HAVEN link --input "$OUT/gen$n.csv" --id id --out "$OUT/gen$n.clusters.csv" --truth "$OUT/gen$n.truth.csv"
    evaluate "$OUT/gen$n.clusters.csv" "$OUT/gen$n.truth.csv"
  done
}

duke() { # Duke 1.2 on the same 100,000 records as scale()
  [ -f "$OUT/gen100000.csv" ] || $HAVEN generate --persons 100000 --seed 42 --out "$OUT/gen100000.csv" --truth "$OUT/gen100000.truth.csv" 2>/dev/null
  run duke100000 $JAVA am.haven.match.bench.DukeBench "$OUT/gen100000.csv" "$OUT/duke100000.clusters.csv" 2
  evaluate "$OUT/duke100000.clusters.csv" "$OUT/gen100000.truth.csv"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
case "${1:-all}" in
  quality) quality ;;
  scale) scale ;;
  duke) duke ;;
  all) quality; scale; duke ;;
esac
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
