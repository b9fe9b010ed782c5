namespace LKvitai.Infrastructure.Persistence;

/// <summary>
/// Connection strings: "App" for the API (reads and writes, no DDL), "Owner" for migrations, "Ledger" for the movement
/// ledger's writer. Set them in configuration (ConnectionStrings:App …) or as LKVITAI_CONNECTIONSTRINGS__APP etc.
/// </summary>
public static class ConnectionStringNames
{
    public const string App = "App";
    public const string Owner = "Owner";
    public const string Ledger = "Ledger";
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply pending migrations with the owner connection at start (run.sh and tests; off in production).</summary>
    public bool ApplyMigrationsOnStartup { get; set; }
}
