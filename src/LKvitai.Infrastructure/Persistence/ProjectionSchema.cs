namespace LKvitai.Infrastructure.Persistence;

/// <summary>Read models behind the ledger, their checkpoints and rebuild history; the transactional outbox.</summary>
internal static class ProjectionSchema
{
    public const string Up = """
        -- Position = the last (transaction, sequence) applied; '0' means nothing yet.
        CREATE TABLE projection_checkpoints (
            name               varchar(60) PRIMARY KEY,
            tx_position        xid8 NOT NULL DEFAULT '0',
            sequence_position  bigint NOT NULL DEFAULT 0,
            processed          bigint NOT NULL DEFAULT 0,
            active_instance    varchar(120) NULL,
            heartbeat_at       timestamptz NULL,
            updated_at         timestamptz NOT NULL DEFAULT now()
        );
        INSERT INTO projection_checkpoints (name) VALUES ('bin_occupancy'), ('stock_by_sku');

        -- What each bin holds (items and quantities): the stock screens and the 3D view read it.
        CREATE TABLE projection_bin_occupancy (
            location_id  integer NOT NULL,
            sku          varchar(40) NOT NULL,
            quantity     numeric(18,3) NOT NULL,
            updated_at   timestamptz NOT NULL,
            PRIMARY KEY (location_id, sku)
        );

        -- Each item's physical stock per warehouse.
        CREATE TABLE projection_stock_by_sku (
            sku           varchar(40) NOT NULL,
            warehouse_id  integer NOT NULL,
            quantity      numeric(18,3) NOT NULL,
            updated_at    timestamptz NOT NULL,
            PRIMARY KEY (sku, warehouse_id)
        );

        CREATE TABLE projection_rebuilds (
            id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            projection         varchar(60) NOT NULL,
            requested_by       varchar(120) NOT NULL,
            requested_at       timestamptz NOT NULL,
            finished_at        timestamptz NULL,
            state              varchar(20) NOT NULL,
            rows_rebuilt       integer NULL,
            differences        integer NULL,
            difference_samples jsonb NULL,
            error              varchar(2000) NULL
        );

        -- The transactional outbox: written in the same transaction as the change, delivered at least once, in order
        -- per aggregate, by dispatchers in any number of processes.
        CREATE TABLE outbox_messages (
            id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            tx_id            xid8 NOT NULL DEFAULT pg_current_xact_id(),
            aggregate_key    varchar(120) NOT NULL,
            message_type     varchar(80) NOT NULL,
            payload          jsonb NOT NULL,
            occurred_at      timestamptz NOT NULL,
            attempts         integer NOT NULL DEFAULT 0,
            next_attempt_at  timestamptz NOT NULL DEFAULT '-infinity',
            last_error       varchar(2000) NULL,
            dispatched_at    timestamptz NULL
        );
        CREATE INDEX ix_outbox_pending ON outbox_messages (tx_id, id) WHERE dispatched_at IS NULL;
        CREATE INDEX ix_outbox_failing ON outbox_messages (aggregate_key, tx_id, id) WHERE dispatched_at IS NULL AND attempts > 0;
        CREATE INDEX ix_outbox_dispatched ON outbox_messages (dispatched_at) WHERE dispatched_at IS NOT NULL;
        """;

    public const string Down = """
        DROP TABLE IF EXISTS outbox_messages;
        DROP TABLE IF EXISTS projection_rebuilds;
        DROP TABLE IF EXISTS projection_stock_by_sku;
        DROP TABLE IF EXISTS projection_bin_occupancy;
        DROP TABLE IF EXISTS projection_checkpoints;
        """;
}
