using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using LKvitai.Application.Common.Interfaces;
using LKvitai.Domain.Ledger;
using LKvitai.Infrastructure.Ledger;
using Npgsql;

// The ledger benchmark (scripts/bench.sh starts the database and the API, then runs this).
// Every figure is measured in this run, side by side, on this machine; the last lines are name=value.
var settings = Settings.From(args);
// At most 64 connections, like a load balancer's pool: an open-loop burst queues here instead of flooding the API.
var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 })
{
    BaseAddress = new Uri(settings.BaseUrl),
    Timeout = TimeSpan.FromSeconds(30),
};
http.DefaultRequestHeaders.Add("X-Api-Key", settings.ApiKey);
var results = new List<(string Name, string Value)>();
void Report(string name, double value, string format = "0.##")
{
    results.Add((name, value.ToString(format, CultureInfo.InvariantCulture)));
    Console.WriteLine($"  {name} = {results[^1].Value}");
}

Console.WriteLine($"Setting up: warehouse BENCH ({settings.Bins} bins), {settings.Skus} items, stock in every bin…");
var bins = await Setup.LayoutAsync(http, settings);
var skus = await Setup.SkusAsync(http, settings);
await Setup.StockAsync(http, bins, skus);
var ledgerSource = NpgsqlDataSource.Create(settings.LedgerConnection);

var failures = new List<(string Phase, long Count)>();
if (!settings.HistoryOnly && !settings.ReservationsOnly)
{
Console.WriteLine($"(a) raw ceiling: the ledger's own statements straight over Npgsql, one transaction per movement, {settings.Clients} workers, {settings.Seconds} s");
var raw = await Load.ClosedLoopAsync(settings.Clients, settings.Seconds, async random =>
{
    var (from, to) = Setup.TwoBins(random, bins);
    await using var connection = await ledgerSource.OpenConnectionAsync();
    await using var transaction = await connection.BeginTransactionAsync();
    var request = new LedgerRequest(
        new LedgerAppend(Guid.NewGuid(), "bench", null, [new LedgerMovement(skus[random.Next(skus.Length)], 1, from, to, MovementType.Transfer, null, null)]),
        null, _ => new object());
    var result = await StockLedger.ExecuteAsync(connection, transaction, request, CancellationToken.None);
    await transaction.CommitAsync();
    return result.IsSuccess;
});
Report("raw_sql_mps", raw.PerSecond, "0");

Console.WriteLine($"(b) single movements over HTTP, {settings.Clients} clients, {settings.Seconds} s");
var single = await Load.ClosedLoopAsync(settings.Clients, settings.Seconds, async random =>
{
    var (from, to) = Setup.TwoBins(random, bins);
    using var response = await http.PostAsJsonAsync("/api/v1/movements", new
    {
        commandId = Guid.NewGuid(), sku = skus[random.Next(skus.Length)], quantity = 1, fromLocation = from, toLocation = to, movementType = "TRANSFER",
    });
    return response.IsSuccessStatusCode;
});
Report("http_single_mps", single.PerSecond, "0");
Report("http_single_vs_raw", single.PerSecond / raw.PerSecond, "0.00");
Report("http_single_p95_ms", single.Percentile(95));

Console.WriteLine($"(c) batches of {settings.BatchSize} over HTTP, 4 clients, {settings.Seconds} s");
var batch = await Load.ClosedLoopAsync(4, settings.Seconds, async random =>
{
    var movements = Enumerable.Range(0, settings.BatchSize).Select(_ =>
    {
        var (from, to) = Setup.TwoBins(random, bins);
        return new { sku = skus[random.Next(skus.Length)], quantity = 1, fromLocation = from, toLocation = to, movementType = "TRANSFER" };
    }).ToArray();
    using var response = await http.PostAsJsonAsync("/api/v1/movements/batch", new { commandId = Guid.NewGuid(), movements });
    return response.IsSuccessStatusCode;
});
Report("http_batch_mps", batch.PerSecond * settings.BatchSize, "0");

Console.WriteLine($"(d) append latency at {settings.OfferedRate}/s offered (open loop), {settings.Seconds} s; (f) projection lag sampled meanwhile");
using var lagSampling = new CancellationTokenSource();
var lagSamples = Load.SampleProjectionLagAsync(http, lagSampling.Token);
var paced = await Load.OpenLoopAsync(settings.OfferedRate, settings.Seconds, async random =>
{
    var (from, to) = Setup.TwoBins(random, bins);
    using var response = await http.PostAsJsonAsync("/api/v1/movements", new
    {
        commandId = Guid.NewGuid(), sku = skus[random.Next(skus.Length)], quantity = 1, fromLocation = from, toLocation = to, movementType = "TRANSFER",
    });
    return response.IsSuccessStatusCode;
});
Report("append_achieved_mps_at_offered", paced.PerSecond, "0");
Report("append_p50_ms_at_1000", paced.Percentile(50));
Report("append_p95_ms_at_1000", paced.Percentile(95));
Report("append_p99_ms_at_1000", paced.Percentile(99));
await lagSampling.CancelAsync();
var lags = await lagSamples;
Report("projection_lag_p95_ms", new LoadResult(0, lags, 0).Percentile(95), "0");
Report("projection_lag_max_ms", lags.DefaultIfEmpty(double.NaN).Max(), "0");

if (settings.SecondUrl is { } secondUrl)
{
    Console.WriteLine($"(g) single movements over HTTP spread over two API processes, {settings.Clients} clients, {settings.Seconds} s");
    var second = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = new Uri(secondUrl), Timeout = TimeSpan.FromSeconds(30) };
    second.DefaultRequestHeaders.Add("X-Api-Key", settings.ApiKey);
    var both = await Load.ClosedLoopAsync(settings.Clients, settings.Seconds, async random =>
    {
        var (from, to) = Setup.TwoBins(random, bins);
        using var response = await (random.Next(2) == 0 ? http : second).PostAsJsonAsync("/api/v1/movements", new
        {
            commandId = Guid.NewGuid(), sku = skus[random.Next(skus.Length)], quantity = 1, fromLocation = from, toLocation = to, movementType = "TRANSFER",
        });
        return response.IsSuccessStatusCode;
    });
    Report("http_single_two_processes_mps", both.PerSecond, "0");
    Report("http_single_two_processes_p95_ms", both.Percentile(95));
    failures.Add(("http_single_two_processes", both.Failures));
}

failures.AddRange([("raw_sql", raw.Failures), ("http_single", single.Failures), ("http_batch", batch.Failures), ("paced", paced.Failures)]);
}

if (settings.BulkMovements > 0)
{
    Console.WriteLine($"(e0) loading {settings.BulkMovements:N0} historical movements over the last 30 days, then daily snapshots");
    var loadTimer = Stopwatch.StartNew();
    await HistoryLoader.LoadAsync(settings, bins.Length);
    Report("bulk_load_seconds", loadTimer.Elapsed.TotalSeconds, "0");
    if (!settings.HistoryOnly)
    {
        // The projection workers now apply the loaded history; the later phases are measured once they have caught up,
        // as they would be in a warehouse whose history was projected as it happened.
        Console.WriteLine("(e1) waiting for the projections to apply the loaded history");
        var catchUp = Stopwatch.StartNew();
        Report("projection_catchup_seconds", await Setup.ProjectionsCaughtUpAsync(settings, TimeSpan.FromMinutes(20)) ? catchUp.Elapsed.TotalSeconds : double.NaN, "0");
    }
}

if (!settings.ReservationsOnly)
{
    var movementsInLedger = await Setup.CountMovementsAsync(ledgerSource);
    Report("ledger_movements", movementsInLedger, "0");
    var instants = await Setup.InstantsAsync(ledgerSource, 50);

    Console.WriteLine("(e) queries: current balance, time travel for one location+item, whole warehouse as of an instant");
    var balance = await Load.SequentialAsync(300, async random =>
    {
        using var response = await http.GetAsync($"/api/v1/balances?location={bins[random.Next(bins.Length)]}&sku={skus[random.Next(skus.Length)]}");
        return response.IsSuccessStatusCode;
    });
    Report("balance_p95_ms", balance.Percentile(95));
    var asOf = await Load.SequentialAsync(200, async random =>
    {
        var instant = Uri.EscapeDataString(instants[random.Next(instants.Length)].ToString("O"));
        using var response = await http.GetAsync($"/api/v1/balances?location={bins[random.Next(bins.Length)]}&sku={skus[random.Next(skus.Length)]}&asOf={instant}");
        return response.IsSuccessStatusCode;
    });
    Report("asof_location_sku_p95_ms", asOf.Percentile(95));
    var warehouse = await Load.SequentialAsync(5, async random =>
    {
        var instant = Uri.EscapeDataString(instants[random.Next(instants.Length)].ToString("O"));
        using var response = await http.GetAsync($"/api/v1/balances?pageSize=1000&asOf={instant}");
        return response.IsSuccessStatusCode;
    });
    Report("asof_warehouse_ms", warehouse.Percentile(50));

    Console.WriteLine("(h) goods receipts end to end (unit created, lines booked, sealed, label queued), then handling-unit look-ups by LPN");
    var lpns = new System.Collections.Concurrent.ConcurrentBag<string>();
    var receiptIndex = 0;
    var receipts = await Load.SequentialAsync(200, async random =>
    {
        var bin = bins[Interlocked.Increment(ref receiptIndex) % bins.Length];
        using var response = await http.PostAsJsonAsync("/api/v1/receipts", new
        {
            commandId = Guid.NewGuid(), location = bin, supplier = "BENCH",
            lines = new[] { new { sku = skus[random.Next(skus.Length)], quantity = 10 }, new { sku = skus[random.Next(skus.Length)], quantity = 5 } },
        });
        if (!response.IsSuccessStatusCode)
        {
            return false;
        }

        lpns.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lpn").GetString()!);
        return true;
    });
    Report("receipt_p95_ms", receipts.Percentile(95));
    var knownLpns = lpns.ToArray();
    var lookups = await Load.SequentialAsync(500, async random =>
    {
        using var response = await http.GetAsync($"/api/v1/handling-units/{knownLpns[random.Next(knownLpns.Length)]}");
        return response.IsSuccessStatusCode;
    });
    Report("hu_lookup_p95_ms", lookups.Percentile(95));
    failures.AddRange([("balance", balance.Failures), ("asof", asOf.Failures), ("asof_warehouse", warehouse.Failures), ("receipt", receipts.Failures),
        ("hu_lookup", lookups.Failures)]);
}

// (i) needs the projection workers (a pick waits for the handling-unit projection): not in --history-only.
if (!settings.HistoryOnly)
{
    Console.WriteLine("(i) reservations: create + allocate, start picking (HARD locks), one pick (movement, projection caught up, reservation consumed)");
    using (var flag = await http.PutAsJsonAsync("/api/v1/feature-flags/enable_reservation_engine",
               new { commandId = Guid.NewGuid(), enabled = true, rolloutPercentage = 100, userWhitelist = Array.Empty<string>() }))
    {
        flag.EnsureSuccessStatusCode();
    }

    var reservationLines = new System.Collections.Concurrent.ConcurrentQueue<(Guid Id, string Location, string Sku, string? Lpn, decimal Quantity)>();
    var allocations = await Load.SequentialAsync(100, async random =>
    {
        using var response = await http.PostAsJsonAsync("/api/v1/reservations", new
        {
            commandId = Guid.NewGuid(), purpose = "SALES_ORDER", reference = "BENCH", priority = 5,
            lines = new[] { new { sku = skus[random.Next(skus.Length)], quantity = 1 } },
        });
        if (!response.IsSuccessStatusCode)
        {
            return false;
        }

        var reservation = await response.Content.ReadFromJsonAsync<JsonElement>();
        var firstLock = reservation.GetProperty("locks")[0];
        reservationLines.Enqueue((reservation.GetProperty("id").GetGuid(), firstLock.GetProperty("location").GetString()!, firstLock.GetProperty("sku").GetString()!,
            firstLock.GetProperty("lpn").ValueKind == JsonValueKind.String ? firstLock.GetProperty("lpn").GetString() : null, firstLock.GetProperty("quantity").GetDecimal()));
        return reservation.GetProperty("status").GetString() == "ALLOCATED";
    });
    Report("allocation_p95_ms", allocations.Percentile(95));
    var toPick = reservationLines.ToArray();
    var pickIndex = -1;
    // SOFT locks overbook (every reservation of an item may claim the same oldest unit), so some StartPicking calls lose to
    // an earlier one: 409 "Stock hard-locked by another reservation" is the rule working, counted apart, and not picked.
    var picking = new System.Collections.Concurrent.ConcurrentBag<int>();
    var conflicts = 0;
    var startPicking = await Load.SequentialAsync(toPick.Length, async _ =>
    {
        var index = Interlocked.Increment(ref pickIndex);
        using var response = await http.PostAsJsonAsync($"/api/v1/reservations/{toPick[index].Id}/start-picking", new { commandId = Guid.NewGuid() });
        if (response.IsSuccessStatusCode)
        {
            picking.Add(index);
        }
        else if (response.StatusCode == System.Net.HttpStatusCode.Conflict)
        {
            Interlocked.Increment(ref conflicts);
        }

        return response.IsSuccessStatusCode || response.StatusCode == System.Net.HttpStatusCode.Conflict;
    });
    Report("start_picking_p95_ms", startPicking.Percentile(95));
    Report("start_picking_conflicts", conflicts, "0");
    var picked = picking.Order().Select(i => toPick[i]).ToArray();
    pickIndex = -1;
    var picks = await Load.SequentialAsync(picked.Length, async _ =>
    {
        var line = picked[Interlocked.Increment(ref pickIndex)];
        using var response = await http.PostAsJsonAsync($"/api/v1/reservations/{line.Id}/picks", new
        {
            commandId = Guid.NewGuid(), location = line.Location, sku = line.Sku, quantity = line.Quantity, lpn = line.Lpn, toLocation = "CUSTOMER",
        });
        return response.IsSuccessStatusCode;
    });
    Report("pick_p95_ms", picks.Percentile(95));

    Console.WriteLine();
    failures.AddRange([("allocation", allocations.Failures), ("start_picking", startPicking.Failures), ("pick", picks.Failures)]);
}
Console.WriteLine($"failed_requests={failures.Sum(f => f.Count)}");
foreach (var (phase, count) in failures.Where(f => f.Count > 0))
{
    Console.WriteLine($"failed_requests_{phase}={count}");
}

foreach (var (name, value) in results)
{
    Console.WriteLine($"{name}={value}");
}

internal sealed record Settings(
    string BaseUrl, string? SecondUrl, string ApiKey, string LedgerConnection, int Bins, int Skus, int Clients, int Seconds, int BatchSize, int OfferedRate,
    string? OwnerConnection, string? AppConnection, long BulkMovements, bool HistoryOnly, bool ReservationsOnly)
{
    public static Settings From(string[] args)
    {
        // --quick: short phases, no history; --history-only: only the 10 M history and the query figures;
        // --reservations-only: only phase (i), on a fresh database.
        var only = args.Contains("--reservations-only");
        var quick = args.Contains("--quick") || only;
        string Env(string name) => Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"{name} is not set (run scripts/bench.sh)");
        return new Settings(
            Env("BENCH_BASE_URL"), Environment.GetEnvironmentVariable("BENCH_SECOND_URL"), Env("BENCH_API_KEY"), Env("LKVITAI_CONNECTIONSTRINGS__LEDGER"),
            Bins: 1000, Skus: 20, Clients: 32, Seconds: quick ? 15 : 60, BatchSize: 500, OfferedRate: 1000,
            Environment.GetEnvironmentVariable("LKVITAI_CONNECTIONSTRINGS__OWNER"), Environment.GetEnvironmentVariable("LKVITAI_CONNECTIONSTRINGS__APP"),
            BulkMovements: quick ? 0 : 10_000_000, HistoryOnly: args.Contains("--history-only"), ReservationsOnly: only);
    }
}

internal static class Setup
{
    /// <summary>Waits until every projection's checkpoint is at the end of the ledger; false when it did not happen in time.</summary>
    public static async Task<bool> ProjectionsCaughtUpAsync(Settings settings, TimeSpan timeout)
    {
        await using var owner = NpgsqlDataSource.Create(settings.OwnerConnection ?? throw new InvalidOperationException("LKVITAI_CONNECTIONSTRINGS__OWNER is not set"));
        var until = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until)
        {
            await using var behind = owner.CreateCommand("""
                SELECT count(*) FROM projection_checkpoints c
                WHERE EXISTS (SELECT FROM stock_movements m WHERE (m.tx_id, m.sequence) > (c.tx_position, c.sequence_position))
                """);
            if ((long)(await behind.ExecuteScalarAsync())! == 0)
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        return false;
    }

    public static (string From, string To) TwoBins(Random random, string[] bins)
    {
        var from = random.Next(bins.Length);
        var to = (from + 1 + random.Next(bins.Length - 1)) % bins.Length;
        return (bins[from], bins[to]);
    }

    public static async Task<string[]> LayoutAsync(HttpClient http, Settings settings)
    {
        using var generated = await http.PostAsJsonAsync("/api/v1/warehouses/generate", new
        {
            commandId = Guid.NewGuid(), warehouse = "BENCH", name = "Benchmark", aisles = 10, racksPerAisle = 10, levels = 2, binsPerLevel = settings.Bins / 200,
        });
        var page = await http.GetFromJsonAsync<JsonElement>($"/api/v1/locations?warehouse=BENCH&pageSize={settings.Bins}");
        return page.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("code").GetString()!).ToArray();
    }

    public static async Task<string[]> SkusAsync(HttpClient http, Settings settings)
    {
        var codes = Enumerable.Range(1, settings.Skus).Select(i => $"BENCH-{i:000}").ToArray();
        foreach (var code in codes)
        {
            using var _ = await http.PostAsJsonAsync("/api/v1/skus", new { commandId = Guid.NewGuid(), code, name = "Benchmark item", unitOfMeasure = "PCS" });
        }

        return codes;
    }

    /// <summary>A large quantity of every item in every bin, so transfers never run dry.</summary>
    public static async Task StockAsync(HttpClient http, string[] bins, string[] skus)
    {
        foreach (var chunk in bins.SelectMany(bin => skus.Select(sku => (bin, sku))).Chunk(2000))
        {
            using var response = await http.PostAsJsonAsync("/api/v1/movements/batch", new
            {
                commandId = Guid.NewGuid(),
                movements = chunk.Select(c => new { sku = c.sku, quantity = 1_000_000, fromLocation = "SUPPLIER", toLocation = c.bin, movementType = "RECEIPT" }).ToArray(),
            });
            response.EnsureSuccessStatusCode();
        }
    }

    public static async Task<long> CountMovementsAsync(NpgsqlDataSource source)
    {
        await using var command = source.CreateCommand("SELECT count(*) FROM stock_movements");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<DateTimeOffset[]> InstantsAsync(NpgsqlDataSource source, int count)
    {
        await using var command = source.CreateCommand(
            $"SELECT occurred_at FROM stock_movements TABLESAMPLE SYSTEM (1) ORDER BY random() LIMIT {count}");
        var instants = new List<DateTimeOffset>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            instants.Add(reader.GetFieldValue<DateTimeOffset>(0));
        }

        if (instants.Count == 0)
        {
            instants.Add(DateTimeOffset.UtcNow.AddSeconds(-1));
        }

        return [.. instants];
    }
}

internal sealed record LoadResult(double PerSecond, List<double> LatenciesMs, long Failures)
{
    public double Percentile(double p)
    {
        if (LatenciesMs.Count == 0)
        {
            return double.NaN;
        }

        var sorted = LatenciesMs.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}

internal static class Load
{
    /// <summary>A timeout or refused connection is a failed request, not the end of the benchmark.</summary>
    private static async Task<bool> Safely(Func<Random, Task<bool>> operation, Random random)
    {
        try
        {
            return await operation(random);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or NpgsqlException or TimeoutException)
        {
            return false;
        }
    }

    /// <summary>N workers, each sending its next request as soon as the previous one is answered.</summary>
    public static async Task<LoadResult> ClosedLoopAsync(int workers, int seconds, Func<Random, Task<bool>> operation)
    {
        var latencies = new List<double>[workers];
        long ok = 0, failed = 0;
        var stopAt = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var random = new Random(w * 7919);
            latencies[w] = [];
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var begin = Stopwatch.GetTimestamp();
                var success = await Safely(operation, random);
                latencies[w].Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
                Interlocked.Increment(ref success ? ref ok : ref failed);
            }
        })));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new LoadResult(ok / elapsed, latencies.SelectMany(l => l).ToList(), failed);
    }

    /// <summary>Requests started on a fixed schedule whatever the answers do (no coordinated omission).</summary>
    public static async Task<LoadResult> OpenLoopAsync(int perSecond, int seconds, Func<Random, Task<bool>> operation)
    {
        var total = perSecond * seconds;
        var latencies = new double[total];
        long ok = 0, failed = 0;
        var started = Stopwatch.GetTimestamp();
        var tasks = new List<Task>(total);
        var random = new Random(42);
        for (var i = 0; i < total; i++)
        {
            var due = started + (long)(i * Stopwatch.Frequency / (double)perSecond);
            while (Stopwatch.GetTimestamp() < due)
            {
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                if (wait > TimeSpan.FromMilliseconds(2))
                {
                    await Task.Delay(wait - TimeSpan.FromMilliseconds(1));
                }
            }

            var index = i;
            var seeded = new Random(random.Next());
            tasks.Add(Task.Run(async () =>
            {
                var success = await Safely(operation, seeded);
                latencies[index] = Stopwatch.GetElapsedTime(due).TotalMilliseconds; // from when it was due, not when sent
                Interlocked.Increment(ref success ? ref ok : ref failed);
            }));
        }

        await Task.WhenAll(tasks);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new LoadResult(ok / elapsed, [.. latencies], failed);
    }

    /// <summary>The largest projection lag reported by the API, every 200 ms, in milliseconds.</summary>
    public static async Task<List<double>> SampleProjectionLagAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var samples = new List<double>();
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var status = await http.GetFromJsonAsync<JsonElement>("/api/v1/projections", cancellationToken);
                samples.Add(status.EnumerateArray().Max(p => p.GetProperty("lagSeconds").GetDouble()) * 1000);
                await Task.Delay(200, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            catch (HttpRequestException)
            {
                // a sample lost under load is not a lag
            }
        }

        return samples;
    }

    public static async Task<LoadResult> SequentialAsync(int count, Func<Random, Task<bool>> operation)
    {
        var random = new Random(7);
        var latencies = new List<double>(count);
        long ok = 0, failed = 0;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var begin = Stopwatch.GetTimestamp();
            if (await Safely(operation, random))
            {
                ok++;
            }
            else
            {
                failed++;
            }

            latencies.Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
        }

        return new LoadResult(ok / Stopwatch.GetElapsedTime(started).TotalSeconds, latencies, failed);
    }
}
