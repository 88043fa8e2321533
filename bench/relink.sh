#!/usr/bin/env bash
# `haven relink` on a large stored population (SQLite): generates PERSONS records with the engine's
# generator (seed 7: cross-script duplicates, families, twins, namesakes), loads them straight into a
# fresh data directory (am.haven.dedup.bench.RelinkBenchLoad, every record in an identity of its own
# as if the matcher had linked nothing; PLACED=none leaves them all waiting to be matched instead),
# then times `haven relink --data DIR` (JVM start included) with its wall and CPU time.
# Usage: bench/relink.sh [PERSONS] [HEAP]        e.g. bench/relink.sh 1000000 12g
set -euo pipefail
cd "$(dirname "$0")/.."
persons="${1:-1000000}"; heap="${2:-12g}"; placed="${PLACED:-own}"
work="${BENCH_DIR:-$(mktemp -d)}"
unset HAVEN_DB_URL
./haven help >/dev/null 2>&1 || true   # builds and unpacks the jar if needed, outside the timing
mvn -B -q -o -pl haven-app test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$work/bench.cp" >&2
./haven generate --persons "$persons" --seed 7 --out "$work/persons.csv" --truth "$work/truth.csv" >&2
java -Xmx"$heap" -cp "haven-app/target/test-classes:haven-app/target/classes:$(cat "$work/bench.cp")" \
    am.haven.dedup.bench.RelinkBenchLoad --input "$work/persons.csv" --data "$work/data" --placed "$placed" | tail -n 1
echo "haven relink on $persons stored persons (heap $heap):"
HAVEN_JAVA_OPTS="-Xmx$heap" /usr/bin/time -f "  wall %e s, CPU %U s user + %S s system, max resident %M KB" \
    ./haven relink --data "$work/data" | tail -n 1
[ -n "${BENCH_DIR:-}" ] || rm -rf "$work"
