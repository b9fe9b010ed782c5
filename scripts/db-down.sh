#!/usr/bin/env bash
# Stops the project-local PostgreSQL cluster. --delete also removes its data folder.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pgdata="${LKVITAI_PGDATA:-$repo/.data/pg}"
bindir="$( (command -v pg_config >/dev/null && pg_config --bindir) || ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
if [[ "$(id -u)" == 0 ]]; then run_pg() { runuser -u postgres -- "$@"; }; else run_pg() { "$@"; }; fi
if [[ -s "$pgdata/PG_VERSION" ]]; then
  run_pg "$bindir/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null 2>&1 || true
fi
if [[ "${1:-}" == "--delete" ]]; then rm -rf "$pgdata"; fi
