#!/usr/bin/env bash
# The ledger benchmark: its own PostgreSQL (durable settings, like production) and API on this machine, then the
# load program in tests/LKvitai.LoadTests. Prints one name=value line per figure at the end.
#   ./scripts/bench.sh --quick     about 3 minutes (15 s per phase)
#   ./scripts/bench.sh             60 s per phase, then 10 M movements of history and the query figures
#   ./scripts/bench.sh --history-only   only the 10 M history and the queries (projections and outbox workers off)
#   ./scripts/bench.sh --reservations-only   only phase (i): allocation, StartPicking and pick latency (about 1 minute)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
mode="${1:-}"
export LKVITAI_PGDATA="$repo/.data/pg-bench" LKVITAI_PGPORT=55434 LKVITAI_DB_NAME=lkvitai_bench LKVITAI_PG_FAST=0
./scripts/db-down.sh --delete
eval "$(./scripts/db-up.sh --print-env)"
key="lkv_benchbenchbe_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
port=5190
mkdir -p artifacts
workers=()
if [[ "$mode" == --history-only ]]; then workers=(LKVITAI_PROJECTIONS__ENABLED=false LKVITAI_OUTBOX__ENABLED=false); fi
env "${workers[@]}" LKVITAI_PORT=$port LKVITAI_BOOTSTRAP_API_KEY="$key" LKVITAI_DEMO__ENABLED=false LKVITAI_HANGFIRE__SERVERENABLED=false \
  LKVITAI_RATELIMITING__APIKEYREQUESTSPERSECOND=1000000 LKVITAI_SERILOG__MINIMUMLEVEL__DEFAULT=Warning \
  setsid ./scripts/run.sh > artifacts/bench-api.log 2>&1 &
api=$!
trap 'kill -- -$api 2>/dev/null || true; kill -- -${api2:-0} 2>/dev/null || true; wait 2>/dev/null || true; ./scripts/db-down.sh --delete' EXIT
for _ in $(seq 1 180); do
  curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  kill -0 $api 2>/dev/null || { tail -n 30 artifacts/bench-api.log; exit 1; }
  sleep 1
done
# A second API process on the same database, for phase (g) (it reuses the build; its workers stand by).
LKVITAI_HANGFIRE__SERVERENABLED=false LKVITAI_RATELIMITING__APIKEYREQUESTSPERSECOND=1000000 LKVITAI_SERILOG__MINIMUMLEVEL__DEFAULT=Warning \
  setsid dotnet src/LKvitai.Api/bin/Release/net10.0/LKvitai.Api.dll --contentRoot "$repo/src/LKvitai.Api" \
  --urls "http://127.0.0.1:$((port + 1))" > artifacts/bench-api2.log 2>&1 &
api2=$!
for _ in $(seq 1 60); do
  curl -fsS "http://127.0.0.1:$((port + 1))/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
dotnet build tests/LKvitai.LoadTests -c Release --nologo -v quiet -clp:ErrorsOnly
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(uname -r); API and PostgreSQL $(postgres --version 2>/dev/null || "$(ls -d /usr/lib/postgresql/*/bin | tail -1)/postgres" --version) on this machine"
BENCH_BASE_URL="http://127.0.0.1:$port" BENCH_SECOND_URL="http://127.0.0.1:$((port + 1))" BENCH_API_KEY="$key" dotnet tests/LKvitai.LoadTests/bin/Release/net10.0/LKvitai.LoadTests.dll $mode
