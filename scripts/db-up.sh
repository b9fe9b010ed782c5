#!/usr/bin/env bash
# Starts a project-local PostgreSQL cluster (idempotent) and creates the database and the three roles.
#   ./scripts/db-up.sh              start (or reuse) the cluster in .data/pg on port 55432
#   ./scripts/db-up.sh --print-env  also print LKVITAI_CONNECTIONSTRINGS__* lines to eval
# Settings (environment): LKVITAI_PGDATA, LKVITAI_PGPORT, LKVITAI_DB_NAME, LKVITAI_PG_FAST=1 (tests: no fsync).
# With LKVITAI_CONNECTIONSTRINGS__APP already set, your own server is used and nothing is started.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
print_env=false
[[ "${1:-}" == "--print-env" ]] && print_env=true

if [[ -n "${LKVITAI_CONNECTIONSTRINGS__APP:-}" ]]; then
  echo "db-up: LKVITAI_CONNECTIONSTRINGS__APP is set; using that server, starting nothing." >&2
  exit 0
fi

port="${LKVITAI_PGPORT:-55432}"
db_name="${LKVITAI_DB_NAME:-lkvitai}"
pgdata="${LKVITAI_PGDATA:-$repo/.data/pg}"

find_bindir() {
  if command -v pg_config >/dev/null 2>&1 && [[ -x "$(pg_config --bindir)/initdb" ]]; then pg_config --bindir; return; fi
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}
bindir="$(find_bindir || true)"
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
  if [[ "$(id -u)" == 0 ]]; then
    echo "db-up: installing Debian's PostgreSQL server…" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    bindir="$(find_bindir)"
  else
    echo "db-up: PostgreSQL server binaries not found; install Debian's 'postgresql' package." >&2
    exit 1
  fi
fi

# initdb refuses root: run the server as the postgres OS user when we are root.
if [[ "$(id -u)" == 0 ]]; then
  run_pg() { runuser -u postgres -- "$@"; }
  # The postgres user must be able to reach the data folder; fall back to /var/tmp when the checkout is private.
  mkdir -p "$(dirname "$pgdata")"
  if ! runuser -u postgres -- test -x "$(dirname "$pgdata")"; then
    pgdata="/var/tmp/lkvitai-pg-$(echo -n "$pgdata" | sha1sum | cut -c1-10)"
    echo "db-up: $(dirname "${LKVITAI_PGDATA:-$repo/.data/pg}") is not reachable by the postgres user; using $pgdata" >&2
  fi
else
  run_pg() { "$@"; }
fi

if [[ ! -s "$pgdata/PG_VERSION" ]]; then
  mkdir -p "$pgdata"
  [[ "$(id -u)" == 0 ]] && chown postgres:postgres "$pgdata"
  chmod 700 "$pgdata"
  run_pg "$bindir/initdb" -D "$pgdata" -U postgres -E UTF8 --no-locale \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  {
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $port"
    echo "unix_socket_directories = '$pgdata'"
    echo "max_connections = 300"
    echo "shared_buffers = 512MB"
    echo "work_mem = 16MB"
    echo "max_wal_size = 2GB"
    echo "log_min_messages = warning"
    if [[ "${LKVITAI_PG_FAST:-0}" == 1 ]]; then
      echo "fsync = off"
      echo "synchronous_commit = off"
      echo "full_page_writes = off"
    fi
  } | run_pg tee -a "$pgdata/postgresql.conf" >/dev/null
fi

if ! run_pg "$bindir/pg_ctl" -D "$pgdata" status >/dev/null 2>&1; then
  run_pg "$bindir/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w -t 60 start >/dev/null
fi

run_pg "$bindir/psql" -q -h "$pgdata" -p "$port" -U postgres -d postgres \
  -v db_name="$db_name" -v owner_password=lkvitai_owner -v app_password=lkvitai_app -v ledger_password=lkvitai_ledger \
  -f - < "$repo/db/roles.sql" >/dev/null

cs() { echo "Host=127.0.0.1;Port=$port;Database=$db_name;Username=$1;Password=$1"; }
if $print_env; then
  echo "export LKVITAI_CONNECTIONSTRINGS__OWNER='$(cs lkvitai_owner)'"
  echo "export LKVITAI_CONNECTIONSTRINGS__APP='$(cs lkvitai_app);Maximum Pool Size=100'"
  echo "export LKVITAI_CONNECTIONSTRINGS__LEDGER='$(cs lkvitai_ledger)'"
  echo "export LKVITAI_PGDATA_RESOLVED='$pgdata'"
else
  echo "db-up: PostgreSQL ready on 127.0.0.1:$port, database $db_name (data: $pgdata)" >&2
fi
