namespace LKvitai.Infrastructure.Persistence;

/// <summary>
/// Persisted sagas (receipts, transfers …): the state after each step, the steps done (each at most once, by key), a
/// lease so one process runs a saga at a time, and the manager's resolution of an alert. Announced deliveries.
/// </summary>
internal static class SagaSchema
{
    public const string Up = """
        CREATE TABLE sagas (
            id              uuid PRIMARY KEY,
            saga_type       varchar(30) NOT NULL,
            status          varchar(20) NOT NULL CHECK (status IN ('running', 'compensating', 'completed', 'compensated', 'failed')),
            next_step       integer NOT NULL DEFAULT 0,
            data            jsonb NOT NULL,
            error_code      varchar(80) NULL,
            error_detail    text NULL,
            created_by      varchar(120) NOT NULL,
            created_at      timestamptz NOT NULL DEFAULT now(),
            updated_at      timestamptz NOT NULL DEFAULT now(),
            lease_owner     varchar(120) NULL,
            lease_until     timestamptz NULL,
            resolution      varchar(20) NULL,
            resolved_by     varchar(120) NULL,
            resolved_at     timestamptz NULL
        );
        CREATE INDEX ix_sagas_open ON sagas (saga_type, updated_at) WHERE status IN ('running', 'compensating', 'failed');
        CREATE INDEX ix_sagas_type_created ON sagas (saga_type, created_at DESC);
        CREATE INDEX ix_sagas_delivery ON sagas ((data ->> 'deliveryReference')) WHERE saga_type = 'receipt';

        -- One row per step done: the key makes a repeated step impossible to record twice.
        CREATE TABLE saga_steps (
            saga_id       uuid NOT NULL REFERENCES sagas (id),
            step          integer NOT NULL,
            direction     varchar(10) NOT NULL CHECK (direction IN ('forward', 'compensate')),
            name          varchar(40) NOT NULL,
            completed_at  timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (saga_id, step, direction)
        );

        CREATE TABLE announced_deliveries (
            reference       varchar(60) PRIMARY KEY,
            supplier        varchar(120) NOT NULL,
            expected_lines  jsonb NOT NULL,
            created_by      varchar(120) NOT NULL,
            created_at      timestamptz NOT NULL DEFAULT now()
        );
        """;

    public const string Down = """
        DROP TABLE IF EXISTS announced_deliveries;
        DROP TABLE IF EXISTS saga_steps;
        DROP TABLE IF EXISTS sagas;
        """;
}
