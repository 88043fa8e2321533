#!/usr/bin/env bash
# Registration benchmark: start-up time, HTTP registration throughput and latency with 16 concurrent
# clients, CPU used by the server and by the load generator, the time until de-duplication has
# matched every new person, and heap after the run, on SQLite (default) or PostgreSQL
# (`bench/registration.sh pg`).
# Usage: bench/registration.sh [sqlite|pg] [HOUSEHOLDS] [CLIENTS]
# Environment: HAVEN_BENCH_PORT (default 18555), HAVEN_JAVA_OPTS (passed to the server's JVM),
# HAVEN_BENCH_WARMUP=N registers N households first, outside the figures (a server that has been
# running for a while, its code compiled by the JIT; default 0: the figures include the warm-up).
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-sqlite}"; households="${2:-25000}"; clients="${3:-16}"
port="${HAVEN_BENCH_PORT:-18555}"
data="$(mktemp -d)"
export HAVEN_ADMIN_PASSWORD=bench-admin-password
if [ "$db" = pg ]; then
  schema="bench_$(date +%s)"
  psql -h 127.0.0.1 -U postgres -d test -qc "CREATE SCHEMA $schema"
  export HAVEN_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema" HAVEN_DB_USER=postgres
else
  unset HAVEN_DB_URL
fi
./haven help >/dev/null 2>&1 || true   # builds and unpacks the jar if needed, outside the timing

# CPU seconds (user + system) a process has used so far, from /proc.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat"; }
# CPU seconds used so far by PostgreSQL's processes (the server's backends live as long as its pool).
pg_cpu_seconds() {
  local t=0 p
  for p in $(pgrep -x postgres); do t=$(awk -v t="$t" -v hz="$(getconf CLK_TCK)" '{printf "%.2f", t + ($14 + $15) / hz}' "/proc/$p/stat" 2>/dev/null || echo "$t"); done
  echo "$t"
}

start=$(date +%s.%N)
./haven serve --port "$port" --data "$data" > "$data/serve.log" 2>&1 &
pid=$!   # ./haven execs java, so this is the server's JVM
until curl -sf "localhost:$port/actuator/health" >/dev/null; do sleep 0.1; done
ready=$(date +%s.%N)
echo "db=$db start-up to healthy: $(awk "BEGIN{printf \"%.1f\", $ready - $start}") s; $(grep -o 'Started Haven in [0-9.]* seconds' "$data/serve.log")"
token=$(./haven token create --user admin --data "$data" 2>/dev/null | tail -n 1)
warmup="${HAVEN_BENCH_WARMUP:-0}"
if [ "$warmup" -gt 0 ]; then
  echo "warm-up (not in the figures below):"
  java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 bench/RegistrationLoad.java --url "http://localhost:$port" --token "$token" --households "$warmup" --clients "$clients" --seed 2000 | sed 's/^/  /'
  until curl -sf -H "Authorization: Bearer $token" "localhost:$port/api/v1/dedup/status" | grep -q '"pending":0'; do sleep 0.2; done
fi
server_cpu_before=$(cpu_seconds "$pid")
pg_cpu_before=$(pg_cpu_seconds)
java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 bench/RegistrationLoad.java --url "http://localhost:$port" --token "$token" --households "$households" --clients "$clients"
server_cpu_load=$(cpu_seconds "$pid")
[ "$db" = pg ] && awk -v b="$pg_cpu_before" -v a="$(pg_cpu_seconds)" -v n="$households" \
    'BEGIN{printf "PostgreSQL CPU during the load: %.1f s (%.2f s per 1,000 households)\n", a - b, (a - b) * 1000 / n}'
# Every registered person must be matched: wait until de-duplication has no marker left.
drain_start=$(date +%s.%N)
while true; do
  pending=$(curl -sf -H "Authorization: Bearer $token" "localhost:$port/api/v1/dedup/status" | grep -o '"pending":[0-9]*' | cut -d: -f2)
  [ "${pending:-1}" = 0 ] && break
  sleep 0.2
done
drained=$(date +%s.%N)
server_cpu_after=$(cpu_seconds "$pid")
awk -v b="$server_cpu_before" -v l="$server_cpu_load" -v a="$server_cpu_after" -v n="$households" \
    -v d="$(awk "BEGIN{print $drained - $drain_start}")" 'BEGIN{
  printf "server CPU during the load: %.1f s (%.2f s per 1,000 households); matching finished %.1f s after the load; server CPU until then: %.1f s (%.2f s per 1,000 households)\n",
    l - b, (l - b) * 1000 / n, d, a - b, (a - b) * 1000 / n }'
jcmd "$pid" GC.run >/dev/null
echo "heap after the run (after a full GC): $(jcmd "$pid" GC.heap_info | grep -Eo 'used [0-9]+K' | head -n 1)"
echo "resident set size: $(ps -o rss= -p "$pid" | awk '{printf "%d MB", $1/1024}')"
kill "$pid"; wait "$pid" 2>/dev/null || true
[ "$db" = pg ] && [ -z "${HAVEN_BENCH_KEEP:-}" ] && psql -h 127.0.0.1 -U postgres -d test -qc "SET client_min_messages = warning; DROP SCHEMA $schema CASCADE"
rm -rf "$data"
