namespace LKvitai.Infrastructure.Persistence;

/// <summary>Read models behind the ledger, their checkpoints and rebuild history.</summary>
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
        """;

    public const string Down = """
        DROP TABLE IF EXISTS projection_rebuilds;
        DROP TABLE IF EXISTS projection_stock_by_sku;
        DROP TABLE IF EXISTS projection_bin_occupancy;
        DROP TABLE IF EXISTS projection_checkpoints;
        """;
}
