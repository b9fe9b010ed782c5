namespace LKvitai.Application.Common.Persistence;

public sealed class IdempotencyRecord
{
    public Guid CommandId { get; set; }

    public required string CommandType { get; set; }

    /// <summary>SHA-256 of the command's payload: the same id with a different payload is refused.</summary>
    public required string PayloadHash { get; set; }

    public required string ResultJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }
}
