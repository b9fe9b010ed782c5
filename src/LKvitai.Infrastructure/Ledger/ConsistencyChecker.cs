using System.Text.Json;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Infrastructure.Jobs;
using Microsoft.Extensions.Options;
using Npgsql;
using Prometheus;

namespace LKvitai.Infrastructure.Ledger;

/// <summary>
/// The daily (and on-demand) ledger check: every balance equals the ledger's sum of movements in minus out; no physical
/// balance below zero; per item, all balances including virtual locations sum to zero; no stock in a retired bin; no
/// hole in the movement sequence that a recorded rollback does not explain (holes younger than the time-travel safety
/// lag are left for the next check: their transaction may still be running).
/// Each failure is a finding; results are stored and exported as metrics.
/// </summary>
internal sealed class ConsistencyChecker(NpgsqlDataSource dataSource, TimeProvider clock, IOptions<TimeTravelOptions> timeTravel) : IConsistencyChecker
{
    private static readonly Counter Failures = Metrics.CreateCounter(
        "lkvitai_consistency_check_failures_total", "Consistency checks that found at least one problem.");

    private static readonly Gauge Findings = Metrics.CreateGauge(
        "lkvitai_consistency_findings", "Problems found by the latest consistency check, by check.", new GaugeConfiguration { LabelNames = ["check"] });

    private static readonly Gauge NegativeBalances = Metrics.CreateGauge(
        "lkvitai_negative_balances", "Physical balances below zero found by the latest consistency check (P0 when above 0).");

    private static readonly (string Check, string Severity, string Sql)[] Checks =
    [
        ("balance_matches_ledger", "P0", """
            WITH ledger AS (
                SELECT location_id, sku, handling_unit_id, sum(delta) AS quantity FROM (
                    SELECT to_location_id AS location_id, sku,
                           coalesce(to_handling_unit_id, '00000000-0000-0000-0000-000000000000') AS handling_unit_id, quantity AS delta
                    FROM stock_movements
                    UNION ALL SELECT from_location_id, sku, coalesce(from_handling_unit_id, '00000000-0000-0000-0000-000000000000'), -quantity
                    FROM stock_movements) d
                GROUP BY location_id, sku, handling_unit_id)
            SELECT format('%s / %s%s: balance %s, ledger %s', l.code, coalesce(b.sku, g.sku),
                          CASE WHEN coalesce(b.handling_unit_id, g.handling_unit_id) = '00000000-0000-0000-0000-000000000000' THEN ''
                               ELSE ' in ' || coalesce(b.handling_unit_id, g.handling_unit_id) END,
                          coalesce(b.quantity, 0), coalesce(g.quantity, 0))
            FROM ledger g FULL JOIN stock_balances b USING (location_id, sku, handling_unit_id)
            JOIN locations l ON l.id = coalesce(b.location_id, g.location_id)
            WHERE coalesce(g.quantity, 0) <> coalesce(b.quantity, 0)
            LIMIT 100
            """),
        ("no_negative_physical_balance", "P0", """
            SELECT format('%s / %s: %s', l.code, b.sku, b.quantity)
            FROM stock_balances b JOIN locations l ON l.id = b.location_id
            WHERE l.kind = 'Bin' AND b.quantity < 0 LIMIT 100
            """),
        ("conservation_per_item", "P0", """
            SELECT format('%s: balances sum to %s', sku, sum(quantity)) FROM stock_balances
            GROUP BY sku HAVING sum(quantity) <> 0 LIMIT 100
            """),
        ("no_stock_in_retired_bins", "P1", """
            SELECT format('%s / %s: %s in a deleted bin', l.code, b.sku, b.quantity)
            FROM stock_balances b JOIN locations l ON l.id = b.location_id
            WHERE l.retired_at IS NOT NULL AND b.quantity <> 0 LIMIT 100
            """),
        ("handling_units_match_their_events", "P1", """
            SELECT format('%s: %s in %s expiring %s, its events say %s in %s expiring %s',
                          h.sscc, h.status, h.location_id, h.expires_on, e.status, e.location_id, e.expires_on)
            FROM handling_units h
            LEFT JOIN LATERAL (SELECT status, location_id, expires_on FROM handling_unit_events
                               WHERE handling_unit_id = h.id ORDER BY sequence DESC LIMIT 1) e ON true
            WHERE e.status IS DISTINCT FROM h.status OR e.location_id IS DISTINCT FROM h.location_id OR e.expires_on IS DISTINCT FROM h.expires_on
            LIMIT 100
            """),
        ("handling_unit_stock_where_the_unit_is", "P0", """
            SELECT format('%s / %s: %s in handling unit %s (%s, in %s)', l.code, b.sku, b.quantity, h.sscc, h.status, hl.code)
            FROM stock_balances b JOIN handling_units h ON h.id = b.handling_unit_id
            JOIN locations l ON l.id = b.location_id JOIN locations hl ON hl.id = h.location_id
            WHERE b.quantity <> 0 AND (b.location_id <> h.location_id OR h.status NOT IN ('OPEN', 'SEALED'))
            LIMIT 100
            """),
        ("hard_locks_match_reservations", "P0", """
            SELECT format('%s / %s: %s hard-locked on the balance, %s by reservations', l.code, coalesce(b.sku, k.sku),
                          coalesce(b.hard_locked, 0), coalesce(k.quantity, 0))
            FROM (SELECT location_id, sku, handling_unit_id, hard_locked FROM stock_balances WHERE hard_locked <> 0) b
            FULL JOIN (SELECT location_id, sku, handling_unit_id, sum(quantity) AS quantity FROM reservation_locks
                       WHERE kind = 'HARD' GROUP BY location_id, sku, handling_unit_id) k USING (location_id, sku, handling_unit_id)
            JOIN locations l ON l.id = coalesce(b.location_id, k.location_id)
            WHERE coalesce(b.hard_locked, 0) <> coalesce(k.quantity, 0)
            LIMIT 100
            """),
        ("no_unexplained_sequence_gaps", "P1", """
            WITH ordered AS (
                SELECT sequence, lead(sequence) OVER (ORDER BY sequence) AS next_sequence,
                       lead(occurred_at) OVER (ORDER BY sequence) AS next_at
                FROM (SELECT 0::bigint AS sequence, NULL::timestamptz AS occurred_at
                      UNION ALL SELECT sequence, occurred_at FROM stock_movements) s),
            missing AS (
                SELECT generate_series(sequence + 1, next_sequence - 1) AS sequence FROM ordered
                WHERE next_sequence > sequence + 1 AND next_at < now() - make_interval(mins => $1))
            SELECT format('movement sequence %s is missing and no recorded rollback explains it', m.sequence)
            FROM missing m WHERE NOT EXISTS (SELECT FROM ledger_sequence_gaps g WHERE g.sequence = m.sequence)
            ORDER BY m.sequence LIMIT 100
            """),
    ];

    public async Task<ConsistencyCheckDto> RunAsync(string trigger, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // One consistent snapshot for every check, so a movement committing meanwhile cannot produce a false alarm.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var findings = new List<ConsistencyFinding>();
        foreach (var (check, severity, sql) in Checks)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            if (sql.Contains("$1", StringComparison.Ordinal))
            {
                command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = timeTravel.Value.SafetyLagMinutes });
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var found = 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                findings.Add(new ConsistencyFinding(check, severity, reader.GetString(0)));
                found++;
            }

            Findings.WithLabels(check).Set(found);
            if (check == "no_negative_physical_balance")
            {
                NegativeBalances.Set(found);
            }
        }

        await using var count = new NpgsqlCommand("SELECT count(*) FROM stock_movements", connection, transaction);
        var movements = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        await transaction.CommitAsync(cancellationToken);

        var finished = clock.GetUtcNow();
        var passed = findings.Count == 0;
        if (!passed)
        {
            Failures.Inc();
        }

        await using var store = dataSource.CreateCommand(
            "INSERT INTO consistency_checks (started_at, finished_at, trigger, passed, movements_checked, findings) " +
            "VALUES ($1, $2, $3, $4, $5, $6::jsonb) RETURNING id");
        store.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = started });
        store.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = finished });
        store.Parameters.Add(new NpgsqlParameter<string> { TypedValue = trigger });
        store.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = passed });
        store.Parameters.Add(new NpgsqlParameter<long> { TypedValue = movements });
        store.Parameters.Add(new NpgsqlParameter<string> { TypedValue = JsonSerializer.Serialize(findings) });
        var id = (long)(await store.ExecuteScalarAsync(cancellationToken))!;
        return new ConsistencyCheckDto(id, started, finished, trigger, passed, movements, findings);
    }

    public async Task<IReadOnlyList<ConsistencyCheckDto>> RecentAsync(int count, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT id, started_at, finished_at, trigger, passed, movements_checked, findings::text FROM consistency_checks ORDER BY id DESC LIMIT $1");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = count });
        var checks = new List<ConsistencyCheckDto>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            checks.Add(new ConsistencyCheckDto(
                reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3),
                reader.GetBoolean(4), reader.GetInt64(5), JsonSerializer.Deserialize<List<ConsistencyFinding>>(reader.GetString(6)) ?? []));
        }

        return checks;
    }
}

/// <summary>Hangfire's daily entry point.</summary>
public sealed class ConsistencyCheckJob(IConsistencyChecker checker)
{
    public const string RecurringJobId = "ledger-consistency-check";

    public Task RunAsync(CancellationToken cancellationToken) => checker.RunAsync("daily", cancellationToken);
}
