namespace LKvitai.Infrastructure.Persistence;

/// <summary>
/// Reservations: an event stream per reservation (versions, append-only), its current state, its locks on stock, and
/// the HARD-locked quantity on each balance row — so StartPicking and every outbound movement are guarded by the same
/// row and the database itself refuses more hard-locked than on hand.
/// </summary>
internal static class ReservationSchema
{
    public const string Up = """
        ALTER TABLE stock_balances ADD COLUMN hard_locked numeric(18,3) NOT NULL DEFAULT 0;
        ALTER TABLE stock_balances ADD CONSTRAINT ck_stock_balances_hard_locked
            CHECK (hard_locked >= 0 AND (NOT physical OR hard_locked <= quantity));

        CREATE TABLE reservations (
            id          uuid PRIMARY KEY,
            purpose     varchar(40) NOT NULL,
            reference   varchar(80) NULL,
            priority    integer NOT NULL,
            status      varchar(12) NOT NULL,
            version     integer NOT NULL,
            lines       jsonb NOT NULL,
            reason      text NULL,
            created_by  varchar(120) NOT NULL,
            created_at  timestamptz NOT NULL DEFAULT now(),
            updated_at  timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX ix_reservations_status ON reservations (status, priority DESC, created_at);

        CREATE TABLE reservation_events (
            reservation_id  uuid NOT NULL REFERENCES reservations (id),
            version         integer NOT NULL,
            event_type      varchar(40) NOT NULL,
            status          varchar(12) NOT NULL,
            reason          text NULL,
            data            jsonb NULL,
            operator        varchar(120) NOT NULL,
            occurred_at     timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (reservation_id, version)
        );
        CREATE TRIGGER reservation_events_no_update_delete BEFORE UPDATE OR DELETE ON reservation_events
            FOR EACH ROW EXECUTE FUNCTION lkvitai_refuse_movement_change();
        CREATE TRIGGER reservation_events_no_truncate BEFORE TRUNCATE ON reservation_events
            FOR EACH STATEMENT EXECUTE FUNCTION lkvitai_refuse_movement_change();

        CREATE TABLE reservation_locks (
            reservation_id    uuid NOT NULL REFERENCES reservations (id),
            location_id       integer NOT NULL,
            sku               varchar(40) NOT NULL,
            handling_unit_id  uuid NOT NULL,
            quantity          numeric(18,3) NOT NULL CHECK (quantity >= 0), -- a HARD lock picked in full stays, at 0, until consumed
            kind              varchar(4) NOT NULL CHECK (kind IN ('SOFT', 'HARD')),
            PRIMARY KEY (reservation_id, location_id, sku, handling_unit_id)
        );
        CREATE INDEX ix_reservation_locks_stock ON reservation_locks (location_id, sku, handling_unit_id);
        REVOKE ALL ON reservations, reservation_events, reservation_locks FROM PUBLIC;

        -- A pick saga finds the movements of its first step by their command id.
        CREATE INDEX ix_stock_movements_command ON stock_movements (command_id);
        """;

    public const string Down = """
        DROP INDEX IF EXISTS ix_stock_movements_command;
        DROP TABLE IF EXISTS reservation_locks;
        DROP TABLE IF EXISTS reservation_events;
        DROP TABLE IF EXISTS reservations;
        ALTER TABLE stock_balances DROP CONSTRAINT IF EXISTS ck_stock_balances_hard_locked;
        ALTER TABLE stock_balances DROP COLUMN IF EXISTS hard_locked;
        """;
}
