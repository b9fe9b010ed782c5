namespace LKvitai.Infrastructure.Persistence;

/// <summary>
/// Handling units in the ledger (docs/ARCHITECTURE.md, "Stock inside handling units"): balances are keyed by location,
/// item and handling unit (the nil id = loose stock), movements name their source and destination handling unit, and the
/// handling units' own state and events are written by the ledger's role in the same transaction as their movements.
/// </summary>
internal static class HandlingUnitSchema
{
    public const string Up = """
        -- Balances per handling unit; loose stock keeps the nil id, so every guard stays one row.
        ALTER TABLE stock_balances ADD COLUMN handling_unit_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000';
        ALTER TABLE stock_balances DROP CONSTRAINT stock_balances_pkey;
        ALTER TABLE stock_balances ADD CONSTRAINT stock_balances_pkey PRIMARY KEY (location_id, sku, handling_unit_id);
        CREATE INDEX ix_stock_balances_handling_unit ON stock_balances (handling_unit_id)
            WHERE handling_unit_id <> '00000000-0000-0000-0000-000000000000';

        -- A movement may stay in one bin when it changes handling unit (split, merge, packing).
        ALTER TABLE stock_movements ADD COLUMN from_handling_unit_id uuid NULL, ADD COLUMN to_handling_unit_id uuid NULL;
        ALTER TABLE stock_movements DROP CONSTRAINT stock_movements_check;
        ALTER TABLE stock_movements ADD CONSTRAINT ck_stock_movements_moves
            CHECK (from_location_id <> to_location_id OR from_handling_unit_id IS DISTINCT FROM to_handling_unit_id);
        CREATE INDEX ix_stock_movements_from_hu ON stock_movements (from_handling_unit_id, occurred_at) WHERE from_handling_unit_id IS NOT NULL;
        CREATE INDEX ix_stock_movements_to_hu ON stock_movements (to_handling_unit_id, occurred_at) WHERE to_handling_unit_id IS NOT NULL;

        -- SSCC serial numbers (GS1 serial reference), never reused.
        CREATE SEQUENCE handling_unit_serials;

        -- The handling units' current state, kept by the ledger in the transaction of each change and checked against
        -- the event stream by the consistency check.
        CREATE TABLE handling_units (
            id           uuid PRIMARY KEY,
            sscc         char(18) NOT NULL,
            type         varchar(10) NOT NULL CHECK (type IN ('PALLET', 'BOX', 'BAG', 'UNIT')),
            status       varchar(10) NOT NULL CHECK (status IN ('OPEN', 'SEALED', 'PICKED', 'EMPTY')),
            location_id  integer NOT NULL REFERENCES locations (id),
            created_at   timestamptz NOT NULL,
            created_by   varchar(120) NOT NULL,
            updated_at   timestamptz NOT NULL,
            CONSTRAINT ux_handling_units_sscc UNIQUE (sscc)
        );
        CREATE INDEX ix_handling_units_location ON handling_units (location_id) WHERE status IN ('OPEN', 'SEALED');

        -- Every change of a handling unit, with its state after the change; append-only like the movements.
        CREATE TABLE handling_unit_events (
            sequence          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            handling_unit_id  uuid NOT NULL REFERENCES handling_units (id),
            event_type        varchar(20) NOT NULL,
            status            varchar(10) NOT NULL,
            location_id       integer NOT NULL,
            details           jsonb NULL,
            operator          varchar(120) NOT NULL,
            command_id        uuid NOT NULL,
            occurred_at       timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX ix_handling_unit_events_unit ON handling_unit_events (handling_unit_id, sequence);
        CREATE TRIGGER handling_unit_events_no_update_delete BEFORE UPDATE OR DELETE ON handling_unit_events
            FOR EACH ROW EXECUTE FUNCTION lkvitai_refuse_movement_change();
        CREATE TRIGGER handling_unit_events_no_truncate BEFORE TRUNCATE ON handling_unit_events
            FOR EACH STATEMENT EXECUTE FUNCTION lkvitai_refuse_movement_change();
        REVOKE ALL ON handling_units, handling_unit_events FROM PUBLIC;

        -- What each handling unit holds, behind the ledger like every projection.
        CREATE TABLE projection_handling_unit_contents (
            handling_unit_id  uuid NOT NULL,
            sku               varchar(40) NOT NULL,
            quantity          numeric(18,3) NOT NULL,
            updated_at        timestamptz NOT NULL,
            PRIMARY KEY (handling_unit_id, sku)
        );
        CREATE INDEX ix_projection_handling_unit_contents_sku ON projection_handling_unit_contents (sku) WHERE quantity <> 0;
        INSERT INTO projection_checkpoints (name) VALUES ('handling_unit_contents');
        """;

    public const string Down = """
        DELETE FROM projection_checkpoints WHERE name = 'handling_unit_contents';
        DROP TABLE IF EXISTS projection_handling_unit_contents;
        DROP TABLE IF EXISTS handling_unit_events;
        DROP TABLE IF EXISTS handling_units;
        DROP SEQUENCE IF EXISTS handling_unit_serials;
        DROP INDEX IF EXISTS ix_stock_movements_from_hu;
        DROP INDEX IF EXISTS ix_stock_movements_to_hu;
        ALTER TABLE stock_movements DROP CONSTRAINT ck_stock_movements_moves;
        ALTER TABLE stock_movements ADD CONSTRAINT stock_movements_check CHECK (from_location_id <> to_location_id);  -- fails if a movement stayed in its bin: such a ledger cannot go back
        ALTER TABLE stock_movements DROP COLUMN from_handling_unit_id, DROP COLUMN to_handling_unit_id;
        -- Back to one balance per location and item: add the handling units' stock to the loose stock.
        CREATE TEMP TABLE balances_without_units ON COMMIT DROP AS
            SELECT location_id, sku, sum(quantity) AS quantity, bool_or(physical) AS physical, max(updated_at) AS updated_at
            FROM stock_balances GROUP BY location_id, sku;
        DELETE FROM stock_balances;
        ALTER TABLE stock_balances DROP CONSTRAINT stock_balances_pkey;
        ALTER TABLE stock_balances DROP COLUMN handling_unit_id;
        ALTER TABLE stock_balances ADD CONSTRAINT stock_balances_pkey PRIMARY KEY (location_id, sku);
        INSERT INTO stock_balances (location_id, sku, quantity, physical, updated_at) SELECT * FROM balances_without_units;
        """;
}
