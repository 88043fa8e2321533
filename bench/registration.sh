#!/usr/bin/env bash
# Registration benchmark: start-up time, HTTP registration throughput and latency with 16 concurrent
# clients, and heap after the run, on SQLite (default) or PostgreSQL (`bench/registration.sh pg`).
# Usage: bench/registration.sh [sqlite|pg] [HOUSEHOLDS] [CLIENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-sqlite}"; households="${2:-25000}"; clients="${3:-16}"
port=18555
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

start=$(date +%s.%N)
./haven serve --port "$port" --data "$data" > "$data/serve.log" 2>&1 &
until curl -sf "localhost:$port/actuator/health" >/dev/null; do sleep 0.1; done
ready=$(date +%s.%N)
pid=$(pgrep -f "serve --port $port" | head -n 1)
echo "db=$db start-up to healthy: $(awk "BEGIN{printf \"%.1f\", $ready - $start}") s; $(grep -o 'Started Haven in [0-9.]* seconds' "$data/serve.log")"
token=$(./haven token create --user admin --data "$data" 2>/dev/null | tail -n 1)
java bench/RegistrationLoad.java --url "http://localhost:$port" --token "$token" --households "$households" --clients "$clients"
jcmd "$pid" GC.run >/dev/null
echo "heap after the run (after a full GC): $(jcmd "$pid" GC.heap_info | grep -Eo 'used [0-9]+K' | head -n 1)"
echo "resident set size: $(ps -o rss= -p "$pid" | awk '{printf "%d MB", $1/1024}')"
kill "$pid"; wait "$pid" 2>/dev/null || true
[ "$db" = pg ] && psql -h 127.0.0.1 -U postgres -d test -qc "DROP SCHEMA $schema CASCADE"
rm -rf "$data"
