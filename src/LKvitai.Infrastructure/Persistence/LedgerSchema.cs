namespace LKvitai.Infrastructure.Persistence;

/// <summary>
/// The movement ledger's tables, which EF does not model: the append-only, month-partitioned <c>stock_movements</c>
/// and <c>stock_balances</c>, which only the ledger role may change.
/// </summary>
internal static class LedgerSchema
{
    public const string Up = """
        -- Virtual locations: outside the shelves, never balance-checked.
        INSERT INTO locations (code, kind, x, y, z, width, depth, height, created_at)
        VALUES ('SUPPLIER', 'Virtual', 0, 0, 0, 0, 0, 0, now()),
               ('PRODUCTION', 'Virtual', 0, 0, 0, 0, 0, 0, now()),
               ('SCRAP', 'Virtual', 0, 0, 0, 0, 0, 0, now()),
               ('SYSTEM', 'Virtual', 0, 0, 0, 0, 0, 0, now()),
               ('CUSTOMER', 'Virtual', 0, 0, 0, 0, 0, 0, now());

        CREATE TABLE stock_movements (
            sequence          bigint GENERATED ALWAYS AS IDENTITY,
            movement_id       uuid NOT NULL,
            occurred_at       timestamptz NOT NULL,
            sku               varchar(40) NOT NULL,
            quantity          numeric(18,3) NOT NULL CHECK (quantity > 0),
            from_location_id  integer NOT NULL,
            to_location_id    integer NOT NULL,
            movement_type     varchar(12) NOT NULL,
            operator          varchar(120) NOT NULL,
            handling_unit_id  uuid NULL,
            reason            varchar(500) NULL,
            command_id        uuid NOT NULL,
            correlation_id    varchar(64) NULL,
            causation_id      uuid NULL,
            -- The writing transaction: readers behind the ledger (projections, the outbox) only take rows of transactions
            -- older than every transaction still running, so a late commit with a lower sequence is never skipped.
            tx_id             xid8 NOT NULL DEFAULT pg_current_xact_id(),
            CHECK (from_location_id <> to_location_id),
            PRIMARY KEY (occurred_at, sequence)
        ) PARTITION BY RANGE (occurred_at);

        CREATE INDEX ix_stock_movements_sequence ON stock_movements (sequence);
        CREATE INDEX ix_stock_movements_tx ON stock_movements (tx_id, sequence);
        CREATE INDEX ix_stock_movements_movement_id ON stock_movements (movement_id);
        CREATE INDEX ix_stock_movements_sku ON stock_movements (sku, occurred_at);
        CREATE INDEX ix_stock_movements_from ON stock_movements (from_location_id, occurred_at);
        CREATE INDEX ix_stock_movements_to ON stock_movements (to_location_id, occurred_at);
        CREATE INDEX ix_stock_movements_operator ON stock_movements (operator, occurred_at);
        CREATE TABLE stock_movements_default PARTITION OF stock_movements DEFAULT;

        -- Monthly partitions; a maintenance job keeps a year ahead. Rows outside land in the default partition.
        CREATE FUNCTION lkvitai_ensure_movement_partitions(first_month date, months integer) RETURNS integer
        LANGUAGE plpgsql AS $fn$
        DECLARE
            m date;
            created integer := 0;
            name text;
        BEGIN
            FOR i IN 0 .. months - 1 LOOP
                m := date_trunc('month', first_month)::date + (i || ' months')::interval;
                name := 'stock_movements_' || to_char(m, 'YYYY_MM');
                IF to_regclass(name) IS NULL THEN
                    EXECUTE format('CREATE TABLE %I PARTITION OF stock_movements FOR VALUES FROM (%L) TO (%L)',
                                   name, m, (m + interval '1 month')::date);
                    created := created + 1;
                END IF;
            END LOOP;
            RETURN created;
        END $fn$;
        SELECT lkvitai_ensure_movement_partitions((date_trunc('month', now()) - interval '1 month')::date, 14);

        -- Append-only, for everybody, whatever their privileges.
        CREATE FUNCTION lkvitai_refuse_movement_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            RAISE EXCEPTION 'stock_movements is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
        END $fn$;
        CREATE TRIGGER stock_movements_no_update_delete BEFORE UPDATE OR DELETE ON stock_movements
            FOR EACH ROW EXECUTE FUNCTION lkvitai_refuse_movement_change();
        CREATE TRIGGER stock_movements_no_truncate BEFORE TRUNCATE ON stock_movements
            FOR EACH STATEMENT EXECUTE FUNCTION lkvitai_refuse_movement_change();

        CREATE TABLE stock_balances (
            location_id  integer NOT NULL REFERENCES locations (id),
            sku          varchar(40) NOT NULL REFERENCES skus (code),
            quantity     numeric(18,3) NOT NULL,
            physical     boolean NOT NULL,
            updated_at   timestamptz NOT NULL,
            PRIMARY KEY (location_id, sku),
            -- Even a bug cannot overdraw a bin.
            CONSTRAINT ck_stock_balances_physical_not_negative CHECK (NOT physical OR quantity >= 0)
        );
        CREATE INDEX ix_stock_balances_sku ON stock_balances (sku, location_id);

        REVOKE ALL ON stock_movements, stock_balances FROM PUBLIC;

        -- Time travel: balances at an instant = the latest snapshot at or before it + the movements after the snapshot.
        -- A snapshot at T holds the sum of every movement with occurred_at <= T (built from the previous snapshot, never
        -- from the live table, so it does not depend on the order in which transactions commit).
        CREATE TABLE stock_snapshots (
            id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            taken_at    timestamptz NOT NULL UNIQUE,
            rows        integer NOT NULL,
            created_at  timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE stock_snapshot_balances (
            snapshot_id  bigint NOT NULL REFERENCES stock_snapshots (id) ON DELETE CASCADE,
            location_id  integer NOT NULL,
            sku          varchar(40) NOT NULL,
            quantity     numeric(18,3) NOT NULL,
            PRIMARY KEY (snapshot_id, location_id, sku)
        );
        CREATE INDEX ix_stock_snapshot_balances_sku ON stock_snapshot_balances (snapshot_id, sku);
        -- The empty ledger is the first snapshot: every movement comes after it.
        INSERT INTO stock_snapshots (taken_at, rows) VALUES (now(), 0);

        CREATE TABLE consistency_checks (
            id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            started_at         timestamptz NOT NULL,
            finished_at        timestamptz NOT NULL,
            trigger            varchar(200) NOT NULL,
            passed             boolean NOT NULL,
            movements_checked  bigint NOT NULL,
            findings           jsonb NOT NULL
        );
        """;

    public const string Down = """
        DROP TABLE IF EXISTS consistency_checks;
        DROP TABLE IF EXISTS stock_snapshot_balances;
        DROP TABLE IF EXISTS stock_snapshots;
        DROP TABLE IF EXISTS stock_balances;
        DROP TABLE IF EXISTS stock_movements;
        DROP FUNCTION IF EXISTS lkvitai_refuse_movement_change();
        DROP FUNCTION IF EXISTS lkvitai_ensure_movement_partitions(date, integer);
        DELETE FROM locations WHERE kind = 'Virtual';
        """;
}
