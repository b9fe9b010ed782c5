using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace LKvitai.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A real PostgreSQL for the tests. With LKVITAI_TEST_OWNER / LKVITAI_TEST_APP connection strings set, that server is
/// used; otherwise a throwaway cluster is started with the project's own scripts/db-up.sh (fsync off) in a temporary
/// folder on a free port, and deleted when the test run ends. Each test class gets its own database.
/// </summary>
public static partial class TestPostgres
{
    private static readonly Lazy<Task<Cluster>> Shared = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    public sealed record Cluster(string? DataDirectory, int Port, string? OwnerTemplate, string? AppTemplate);

    public sealed record Database(string Name, string Owner, string App, string Ledger);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    // db-up.sh also (re)grants the cluster-wide roles: two at once fail with "tuple concurrently updated".
    private static readonly SemaphoreSlim Creating = new(1, 1);

    public static async Task<Database> CreateDatabaseAsync(string prefix)
    {
        var cluster = await Shared.Value;
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 60)].ToLowerInvariant();
        if (cluster.DataDirectory is null)
        {
            // A server of the user's: one database for all (they gave us one).
            return new Database("given", cluster.OwnerTemplate!, cluster.AppTemplate!, cluster.OwnerTemplate!);
        }

        Dictionary<string, string> env;
        await Creating.WaitAsync();
        try
        {
            env = await RunDbUpAsync(cluster.DataDirectory, cluster.Port, name);
        }
        finally
        {
            Creating.Release();
        }

        return new Database(name, env["LKVITAI_CONNECTIONSTRINGS__OWNER"], Capped(env["LKVITAI_CONNECTIONSTRINGS__APP"]), Capped(env["LKVITAI_CONNECTIONSTRINGS__LEDGER"]));
    }

    private static async Task<Cluster> StartAsync()
    {
        var givenOwner = Environment.GetEnvironmentVariable("LKVITAI_TEST_OWNER");
        var givenApp = Environment.GetEnvironmentVariable("LKVITAI_TEST_APP");
        if (!string.IsNullOrEmpty(givenOwner) && !string.IsNullOrEmpty(givenApp))
        {
            return new Cluster(null, 0, givenOwner, givenApp);
        }

        var dataDirectory = Path.Combine(Path.GetTempPath(), $"lkvitai-test-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        var port = FreePort();
        await RunDbUpAsync(dataDirectory, port, "lkvitai_test");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(dataDirectory);
        return new Cluster(dataDirectory, port, null, null);
    }

    private static async Task<Dictionary<string, string>> RunDbUpAsync(string dataDirectory, int port, string databaseName)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot, "scripts", "db-up.sh"), "--print-env"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["LKVITAI_PGDATA"] = dataDirectory;
        start.Environment["LKVITAI_PGPORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["LKVITAI_DB_NAME"] = databaseName;
        start.Environment["LKVITAI_PG_FAST"] = "1";
        start.Environment.Remove("LKVITAI_CONNECTIONSTRINGS__APP");
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/db-up.sh failed ({process.ExitCode}): {error}");
        }

        return ExportLine().Matches(output).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
    }

    private static void Stop(string dataDirectory)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot, "scripts", "db-down.sh"), "--delete"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["LKVITAI_PGDATA"] = dataDirectory;
        using var process = Process.Start(start)!;
        process.WaitForExit(30_000);
    }

    /// <summary>
    /// Every test class has its own API with its own pools on one shared cluster; small pools keep a burst of 100 parallel
    /// requests in one class from taking every connection slot the other classes need (they queue for a connection instead).
    /// </summary>
    private static string Capped(string connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 30 }.ConnectionString;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LKvitai.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("LKvitai.sln not found above the test folder");
    }

    [GeneratedRegex("^export (LKVITAI_[A-Z_]+)='([^']*)'$", RegexOptions.Multiline)]
    private static partial Regex ExportLine();
}
