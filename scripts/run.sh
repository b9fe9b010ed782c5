#!/usr/bin/env bash
# Starts the whole system on one URL: PostgreSQL (its own local cluster unless you configured a server), migrations,
# demo data and demo users, the SPA build, and the API serving both.
#   ./scripts/run.sh                    http://127.0.0.1:5080
# Settings (environment): LKVITAI_PORT (5080), LKVITAI_CONNECTIONSTRINGS__APP / __OWNER / __LEDGER (your own server),
# LKVITAI_DEMO__ENABLED (true), LKVITAI_SKIP_WEB_BUILD=1 (reuse web/dist), LKVITAI_BOOTSTRAP_API_KEY (admin key for automation).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
port="${LKVITAI_PORT:-5080}"

if [[ -z "${LKVITAI_CONNECTIONSTRINGS__APP:-}" ]]; then
  eval "$(./scripts/db-up.sh --print-env)"
fi

if [[ "${LKVITAI_SKIP_WEB_BUILD:-0}" != 1 || ! -f web/dist/index.html ]]; then
  echo "run: building the SPA…" >&2
  (cd web && { [[ -d node_modules ]] || npm ci --no-audit --no-fund --loglevel=error; } && npm run --silent build >/dev/null)
fi

echo "run: building the API…" >&2
dotnet build src/LKvitai.Api -c Release --nologo -v quiet -clp:ErrorsOnly >&2

export LKVITAI_DATABASE__APPLYMIGRATIONSONSTARTUP=true
export LKVITAI_DEMO__ENABLED="${LKVITAI_DEMO__ENABLED:-true}"
export LKVITAI_SPA__ROOTPATH="$repo/web/dist"

cat >&2 <<BANNER

  LKvitai WMS  →  http://127.0.0.1:$port
  API docs     →  http://127.0.0.1:$port/swagger   (OpenAPI: /openapi/v1.json)
  Health       →  http://127.0.0.1:$port/health/ready     Metrics: /metrics (signed in)     Jobs: /hangfire (administrators)
BANNER
if [[ "$LKVITAI_DEMO__ENABLED" == true ]]; then
  cat >&2 <<USERS
  Demo users (demo mode only):  operator / operator-pass   manager / manager-pass
                                accountant / accountant-pass   admin / admin-pass
USERS
fi
echo >&2

cd src/LKvitai.Api
exec dotnet bin/Release/net10.0/LKvitai.Api.dll --urls "http://127.0.0.1:$port"
