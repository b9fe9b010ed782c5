namespace LKvitai.Domain.Printing;

/// <summary>A label printer on the network (Zebra-compatible, raw ZPL over TCP), registered by an administrator.</summary>
public sealed class Printer
{
    public const int DefaultPort = 9100;

    public int Id { get; set; }

    /// <summary>Unique, e.g. DOCK-1; print jobs refer to printers by name.</summary>
    public required string Name { get; set; }

    public required string Host { get; set; }

    public int Port { get; set; } = DefaultPort;

    /// <summary>A disabled printer receives nothing: its jobs fail their attempts and end in the manual queue.</summary>
    public bool Enabled { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
