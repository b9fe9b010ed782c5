#!/usr/bin/env bash
# First start of the compose PostgreSQL: the project's roles and database (same script as ./scripts/db-up.sh uses).
set -euo pipefail
psql -v ON_ERROR_STOP=1 -U postgres -d postgres -v db_name=lkvitai \
  -v owner_password=lkvitai_owner -v app_password=lkvitai_app -v ledger_password=lkvitai_ledger -f /db/roles.sql
