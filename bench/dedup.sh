#!/usr/bin/env bash
# De-duplication benchmark on a running Haven: registration throughput with matching on (the HTTP
# load of bench/RegistrationLoad.java), how long matching takes to catch up with the load (every
# record placed in an identity), then `haven relink` on the population just registered.
# Usage: [PORT=18556] bench/dedup.sh [sqlite|pg] [HOUSEHOLDS] [CLIENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-sqlite}"; households="${2:-25000}"; clients="${3:-16}"
port="${PORT:-18556}"
data="$(mktemp -d)"
export HAVEN_ADMIN_PASSWORD=bench-admin-password
if [ "$db" = pg ]; then
  schema="bench_dedup_$(date +%s)"
  psql -h 127.0.0.1 -U postgres -d test -qc "CREATE SCHEMA $schema"
  export HAVEN_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema" HAVEN_DB_USER=postgres
else
  unset HAVEN_DB_URL
fi
./haven help >/dev/null 2>&1 || true

./haven serve --port "$port" --data "$data" > "$data/serve.log" 2>&1 &
until curl -sf "localhost:$port/actuator/health" >/dev/null; do sleep 0.2; done
pid=$(pgrep -f "serve --port $port" | head -n 1)
token=$(./haven token create --user admin --data "$data" 2>/dev/null | tail -n 1)
status() { curl -sf -H "Authorization: Bearer $token" "localhost:$port/api/v1/dedup/status"; }
until status | grep -q '"ready":true'; do sleep 0.2; done

start=$(date +%s.%N)
java bench/RegistrationLoad.java --url "http://localhost:$port" --token "$token" --households "$households" --clients "$clients"
loaded=$(date +%s.%N)
until status | grep -Eq '"pending":0[,}]'; do sleep 0.2; done
matched=$(date +%s.%N)
echo "matching: $(status)"
echo "all records matched $(awk "BEGIN{printf \"%.1f\", $matched - $loaded}") s after the load ended; load + matching $(awk "BEGIN{printf \"%.1f\", $matched - $start}") s"

rstart=$(date +%s.%N)
./haven relink --data "$data" 2>/dev/null | tail -n 1
rend=$(date +%s.%N)
echo "haven relink (JVM start included): $(awk "BEGIN{printf \"%.1f\", $rend - $rstart}") s"
kill "$pid"; wait "$pid" 2>/dev/null || true
[ "$db" = pg ] && psql -h 127.0.0.1 -U postgres -d test -qc "DROP SCHEMA $schema CASCADE"
rm -rf "$data"
