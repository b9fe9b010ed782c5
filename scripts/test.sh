#!/usr/bin/env bash
# Runs every test suite and ends with one line "N passed, N failed" for all of them together:
#   1. .NET: domain, application, architecture and integration tests (a throwaway PostgreSQL is started by the tests)
#   2. web: lint, type-checked build against the API contract, unit tests (Vitest)
#   3. browser end-to-end: the real API (started here with ./scripts/run.sh on its own database) driven in Chromium
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
results="$repo/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"
passed=0
failed=0
notes=()

count_trx() { # sums the counters of every .trx file in a folder → "passed failed"
  python3 - "$1" <<'PY'
import glob, re, sys
p = f = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    text = open(path, encoding="utf-8-sig").read()
    m = re.search(r'<Counters [^>]*>', text)
    if m:
        c = dict(re.findall(r'(\w+)="(\d+)"', m.group(0)))
        p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
print(p, f)
PY
}
count_vitest() { # "passed failed" from a Vitest JSON report
  node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrors||0))' "$1" 2>/dev/null || echo "0 1"
}
add() { passed=$((passed + $1)); failed=$((failed + $2)); }

echo "== .NET tests"
dotnet test LKvitai.sln -c Release --nologo --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results/dotnet"
dotnet_exit=$?
read -r p f < <(count_trx "$results/dotnet")
add "$p" "$f"
if [[ $dotnet_exit -ne 0 && $f -eq 0 ]]; then failed=$((failed + 1)); notes+=("dotnet test failed before running every test (build error?)"); fi

echo "== web: install, lint, build, unit tests"
web_ok=true
(cd web && { [[ -d node_modules ]] && npm ls --depth=0 >/dev/null 2>&1 || npm ci --no-audit --no-fund --loglevel=error; }) || web_ok=false
if $web_ok && ! (cd web && npm run --silent lint); then failed=$((failed + 1)); notes+=("web lint failed"); fi
if $web_ok && ! (cd web && npm run --silent build); then failed=$((failed + 1)); notes+=("web build failed (API contract or types)"); web_ok=false; fi
if [[ -d web/node_modules ]]; then
  (cd web && npm run --silent test:unit:json)
  read -r p f < <(count_vitest "$repo/web/test-results/unit.json")
  add "$p" "$f"
else
  failed=$((failed + 1)); notes+=("npm ci failed: web tests not run")
fi

echo "== browser end-to-end"
if ! command -v chromium >/dev/null 2>&1 && [[ ! -x /usr/bin/chromium ]]; then
  if [[ "$(id -u)" == 0 ]]; then
    echo "installing Debian's chromium for the browser tests…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi
if $web_ok && [[ -x /usr/bin/chromium ]]; then
  e2e_port="${LKVITAI_E2E_PORT:-5181}"
  export LKVITAI_PGDATA="$repo/.data/pg-e2e" LKVITAI_PGPORT="${LKVITAI_E2E_PGPORT:-55433}" LKVITAI_DB_NAME=lkvitai_e2e LKVITAI_PG_FAST=1
  ./scripts/db-down.sh --delete
  LKVITAI_PORT="$e2e_port" LKVITAI_SKIP_WEB_BUILD=1 LKVITAI_RATELIMITING__LOGINATTEMPTSPERMINUTE=200 \
    setsid ./scripts/run.sh > "$results/e2e-api.log" 2>&1 &
  api_pid=$!
  ready=false
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$e2e_port/health/ready" >/dev/null 2>&1; then ready=true; break; fi
    kill -0 "$api_pid" 2>/dev/null || break
    sleep 1
  done
  if $ready; then
    (cd web && E2E_BASE_URL="http://127.0.0.1:$e2e_port" npm run --silent test:e2e:json)
    read -r p f < <(count_vitest "$repo/web/test-results/e2e.json")
    add "$p" "$f"
  else
    failed=$((failed + 1)); notes+=("the API for the browser tests did not become ready (see artifacts/test-results/e2e-api.log)")
    tail -n 40 "$results/e2e-api.log"
  fi
  kill -- -"$api_pid" 2>/dev/null || kill "$api_pid" 2>/dev/null
  wait "$api_pid" 2>/dev/null
  ./scripts/db-down.sh --delete
  unset LKVITAI_PGDATA LKVITAI_PGPORT LKVITAI_DB_NAME LKVITAI_PG_FAST
else
  failed=$((failed + 1)); notes+=("browser tests not run: no Chromium at /usr/bin/chromium or the web build failed")
fi

echo
for note in "${notes[@]}"; do echo "note: $note"; done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
