-- Roles and database for LKvitai WMS. Idempotent; run as a superuser with psql:
--   psql -v db_name=lkvitai -v owner_password=... -v app_password=... -v ledger_password=... -f db/roles.sql
-- lkvitai_owner  owns the schema and runs migrations (DDL).
-- lkvitai_app    is what the API connects as: reads and writes business tables, never DDL; grants come from migrations.
-- lkvitai_ledger is the movement ledger's writer: the only role that may INSERT movements (granted by the ledger migration).
\set ON_ERROR_STOP on

SELECT format('CREATE ROLE lkvitai_owner LOGIN PASSWORD %L', :'owner_password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'lkvitai_owner') \gexec
SELECT format('CREATE ROLE lkvitai_app LOGIN PASSWORD %L', :'app_password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'lkvitai_app') \gexec
SELECT format('CREATE ROLE lkvitai_ledger LOGIN PASSWORD %L', :'ledger_password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'lkvitai_ledger') \gexec

SELECT format('CREATE DATABASE %I OWNER lkvitai_owner ENCODING ''UTF8'' TEMPLATE template0', :'db_name')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db_name') \gexec

\connect :db_name
REVOKE ALL ON DATABASE :"db_name" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db_name" TO lkvitai_owner, lkvitai_app, lkvitai_ledger;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO lkvitai_app, lkvitai_ledger;

-- The ledger's transactions are short by design; bound them, so time-travel snapshots (taken 5 minutes behind) can
-- rely on no movement committing later than that with an earlier timestamp.
ALTER ROLE lkvitai_ledger SET statement_timeout = '30s';
ALTER ROLE lkvitai_ledger SET idle_in_transaction_session_timeout = '60s';
