using LKvitai.Api.IntegrationTests.Infrastructure;
using LKvitai.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace LKvitai.Api.IntegrationTests;

/// <summary>Every migration is reversible: all up, all down to nothing, all up again, on a real PostgreSQL.</summary>
public sealed class MigrationTests
{
    private static DatabaseMigrator Migrator(TestPostgres.Database database) => new(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Owner"] = database.Owner,
        }).Build(),
        NullLogger<DatabaseMigrator>.Instance);

    private static async Task<List<string>> TablesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT table_schema || '.' || table_name FROM information_schema.tables " +
            "WHERE table_schema IN ('public', 'hangfire') AND table_name <> '__ef_migrations_history' ORDER BY 1", connection);
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    [Fact]
    public async Task Migrations_UpDownUp_LeaveTheSameSchema()
    {
        var database = await TestPostgres.CreateDatabaseAsync("migrations");
        var migrator = Migrator(database);
        await using var context = migrator.CreateOwnerContext();
        var all = context.Database.GetMigrations().ToList();
        all.Should().NotBeEmpty();

        await migrator.MigrateAsync();
        var afterFirstUp = await TablesAsync(database.Owner);
        afterFirstUp.Should().Contain(["public.users", "public.feature_flags", "public.idempotency_records", "public.skus"]);
        (await context.Database.GetPendingMigrationsAsync()).Should().BeEmpty();

        await migrator.MigrateAsync("0");
        (await TablesAsync(database.Owner)).Should().BeEmpty("every Down must remove what its Up created");
        (await context.Database.GetAppliedMigrationsAsync()).Should().BeEmpty();

        await migrator.MigrateAsync();
        (await TablesAsync(database.Owner)).Should().Equal(afterFirstUp);
        (await context.Database.GetAppliedMigrationsAsync()).Should().Equal(all);
    }

    [Fact]
    public async Task Migrations_GiveTheApplicationRoleNoSchemaRightsAndAnAppendOnlyFlagAudit()
    {
        var database = await TestPostgres.CreateDatabaseAsync("grants");
        await Migrator(database).MigrateAsync();
        await using var app = new NpgsqlConnection(database.App);
        await app.OpenAsync();

        async Task<PostgresException> Refused(string sql)
        {
            await using var command = new NpgsqlCommand(sql, app);
            var act = async () => await command.ExecuteNonQueryAsync();
            return (await act.Should().ThrowAsync<PostgresException>()).Which;
        }

        (await Refused("CREATE TABLE public.sneaky (id int)")).SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
        (await Refused("DROP TABLE public.users")).SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
        (await Refused("UPDATE feature_flag_changes SET changed_by = 'someone else'")).SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
        (await Refused("DELETE FROM feature_flag_changes")).SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);

        await using var read = new NpgsqlCommand("SELECT count(*) FROM feature_flags", app);
        ((long)(await read.ExecuteScalarAsync())!).Should().Be(5);
    }
}
