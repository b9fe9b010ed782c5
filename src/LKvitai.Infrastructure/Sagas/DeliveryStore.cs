using System.Text.Json;
using LKvitai.Application.Common.Behaviours;
using LKvitai.Application.Receiving;
using Npgsql;

namespace LKvitai.Infrastructure.Sagas;

internal sealed class DeliveryStore(NpgsqlDataSource dataSource) : IDeliveryStore
{
    public async Task<bool> AddAsync(AnnouncedDelivery delivery, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO announced_deliveries (reference, supplier, expected_lines, created_by, created_at)
            VALUES ($1, $2, $3::jsonb, $4, $5) ON CONFLICT (reference) DO NOTHING
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = delivery.Reference });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = delivery.Supplier });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = JsonSerializer.Serialize(delivery.ExpectedLines, IdempotencyBehaviourJson.Options) });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = delivery.CreatedBy });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = delivery.CreatedAt });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<AnnouncedDelivery?> GetAsync(string reference, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT reference, supplier, expected_lines::text, created_by, created_at FROM announced_deliveries WHERE reference = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = reference });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new AnnouncedDelivery(reader.GetString(0), reader.GetString(1),
                JsonSerializer.Deserialize<List<ReceiptLine>>(reader.GetString(2), IdempotencyBehaviourJson.Options) ?? [],
                reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4))
            : null;
    }
}
