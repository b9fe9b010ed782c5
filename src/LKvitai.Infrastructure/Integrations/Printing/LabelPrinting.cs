using LKvitai.Application.Common.Interfaces;
using LKvitai.Domain.Printing;
using Npgsql;

namespace LKvitai.Infrastructure.Integrations.Printing;

/// <summary>
/// Stores the job (its id makes it idempotent, also under concurrency: INSERT … ON CONFLICT DO NOTHING) and wakes the
/// senders; the caller never waits for the printer. The insert commits on its own connection, before the wake-up, so a
/// sender in this or any other process can claim the job at once.
/// </summary>
internal sealed class LabelPrinting(NpgsqlDataSource dataSource, ILabelRenderer renderer, PrintJobSignal signal) : ILabelPrinting
{
    internal const string Columns =
        "id, handling_unit_id, sscc, printer, state, attempts, next_attempt_at, last_error, created_at, printed_at, requested_by";

    public async Task<PrintJobDto> QueueAsync(
        Guid printJobId, HandlingUnitLabel label, string? printer, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedBy);
        var zpl = renderer.Render(label);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (await FindAsync(connection, printJobId, cancellationToken) is { } existing)
        {
            return existing;
        }

        var (printerName, problem) = await ResolvePrinterAsync(connection, printer, cancellationToken);
        await using var insert = new NpgsqlCommand($"""
            INSERT INTO print_jobs (id, handling_unit_id, sscc, printer, zpl, state, attempts, next_attempt_at, last_error, created_at, requested_by)
            VALUES ($1, $2, $3, $4, $5, $6, 0, CASE WHEN $6 = 'queued' THEN now() END, $7, now(), $8)
            ON CONFLICT (id) DO NOTHING
            RETURNING {Columns}
            """, connection);
        insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = printJobId });
        insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = label.HandlingUnitId });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = label.Sscc });
        insert.Parameters.Add(new NpgsqlParameter { Value = (object?)printerName ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = zpl });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = problem is null ? PrintJobStates.Queued : PrintJobStates.Manual });
        insert.Parameters.Add(new NpgsqlParameter { Value = (object?)problem ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = requestedBy });
        var inserted = await ReadOneAsync(insert, cancellationToken);
        if (inserted is null)
        {
            // A concurrent call with the same id inserted first: answer with its job.
            return await FindAsync(connection, printJobId, cancellationToken)
                ?? throw new InvalidOperationException($"Print job {printJobId} vanished after a conflicting insert.");
        }

        if (inserted.State == PrintJobStates.Queued)
        {
            signal.Wake();
        }
        else
        {
            PrintingMetrics.JobFinished(PrintJobStates.Manual);
        }

        return inserted;
    }

    /// <summary>The named printer, or the default one (the first registered, preferring enabled printers).</summary>
    private static async Task<(string? Name, string? Problem)> ResolvePrinterAsync(
        NpgsqlConnection connection, string? printer, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(printer is null
            ? "SELECT name FROM printers ORDER BY enabled DESC, id LIMIT 1"
            : "SELECT name FROM printers WHERE name = $1", connection);
        var wanted = printer?.Trim().ToUpperInvariant();
        if (wanted is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = wanted });
        }

        var name = (string?)await command.ExecuteScalarAsync(cancellationToken);
        return name is not null ? (name, null)
            : wanted is null ? (null, "No printer is registered")
            : (wanted, $"Printer {wanted} is not registered");
    }

    private static async Task<PrintJobDto?> FindAsync(NpgsqlConnection connection, Guid id, CancellationToken cancellationToken)
    {
        await using var find = new NpgsqlCommand($"SELECT {Columns} FROM print_jobs WHERE id = $1", connection);
        find.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        return await ReadOneAsync(find, cancellationToken);
    }

    private static async Task<PrintJobDto?> ReadOneAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new PrintJobDto(
            reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.GetString(4), reader.GetInt32(5), reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
            reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetFieldValue<DateTimeOffset>(8),
            reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9), reader.GetString(10));
    }
}
