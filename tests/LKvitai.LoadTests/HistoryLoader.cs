using LKvitai.Infrastructure.Jobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

/// <summary>
/// History for the query benchmarks: transfers of one unit between the benchmark's bins, spread over the last 30 days,
/// inserted in bulk by the schema owner (through the API it would take hours), then balances recomputed and daily
/// snapshots taken — the state the ledger would have reached one movement at a time.
/// </summary>
internal static class HistoryLoader
{
    public static async Task LoadAsync(Settings settings, int binCount)
    {
        await using var owner = NpgsqlDataSource.Create(settings.OwnerConnection ?? throw new InvalidOperationException("LKVITAI_CONNECTIONSTRINGS__OWNER is not set"));
        // History starts before the ledger's first snapshot, so that snapshot moves back to before the history.
        await using (var rebase = owner.CreateCommand(
            "DELETE FROM stock_snapshots; INSERT INTO stock_snapshots (taken_at, rows) VALUES (now() - interval '31 days', 0)"))
        {
            await rebase.ExecuteNonQueryAsync();
        }

        const int Chunk = 1_000_000;
        for (long done = 0; done < settings.BulkMovements; done += Chunk)
        {
            var last = Math.Min(done + Chunk, settings.BulkMovements) - 1;
            await using var insert = owner.CreateCommand(
                "WITH bins AS (SELECT array_agg(id ORDER BY id) AS ids FROM locations WHERE code LIKE 'BENCH-%'), " +
                "     items AS (SELECT array_agg(code ORDER BY code) AS codes FROM skus WHERE code LIKE 'BENCH-%') " +
                "INSERT INTO stock_movements (movement_id, occurred_at, sku, quantity, from_location_id, to_location_id, movement_type, operator, command_id) " +
                $"SELECT gen_random_uuid(), now() - interval '30 days' + (g::float8 / {settings.BulkMovements}) * (interval '30 days' - interval '10 minutes'), " +
                "       items.codes[1 + (g % array_length(items.codes, 1))], 1, " +
                $"       bins.ids[1 + (g % {binCount})], bins.ids[1 + ((g + 1 + (g / {binCount}) % ({binCount} - 1)) % {binCount})], " +
                "       'TRANSFER', 'bulk-load', gen_random_uuid() " +
                $"FROM generate_series({done}::bigint, {last}::bigint) g, bins, items");
            insert.CommandTimeout = 0;
            await insert.ExecuteNonQueryAsync();
            Console.WriteLine($"    {last + 1:N0} loaded");
        }

        await using var recompute = owner.CreateCommand(
            "WITH ledger AS (SELECT location_id, sku, sum(delta) AS quantity FROM (" +
            "    SELECT to_location_id AS location_id, sku, quantity AS delta FROM stock_movements " +
            "    UNION ALL SELECT from_location_id, sku, -quantity FROM stock_movements) d GROUP BY location_id, sku) " +
            "UPDATE stock_balances b SET quantity = l.quantity FROM ledger l " +
            "WHERE b.location_id = l.location_id AND b.sku = l.sku AND b.quantity <> l.quantity; " +
            "ANALYZE stock_movements; ANALYZE stock_balances;");
        recompute.CommandTimeout = 0;
        await recompute.ExecuteNonQueryAsync();

        // The snapshots the periodic job would have taken, one a day; the last stays behind the present like the job's.
        await using var app = NpgsqlDataSource.Create(settings.AppConnection!);
        var job = new StockSnapshotJob(app, Options.Create(new TimeTravelOptions()), TimeProvider.System, NullLogger<StockSnapshotJob>.Instance);
        for (var day = 29; day >= 0; day--)
        {
            await job.TakeAsync(DateTimeOffset.UtcNow.AddDays(-day).AddMinutes(-6), CancellationToken.None);
        }
    }
}
