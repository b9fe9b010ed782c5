namespace LKvitai.Domain.Notifications;

/// <summary>
/// A message kept for one user until they read it — e.g. "your reservation was bumped" — and pushed live to their open
/// screens when it is stored. The recipient is the user name (or "apikey:name") that owns the subject.
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }

    public required string Recipient { get; set; }

    /// <summary>What happened, stable for the SPA's wording: e.g. ReservationBumped.</summary>
    public required string Kind { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    /// <summary>What it is about, e.g. the reservation id; the SPA links to it.</summary>
    public string? Subject { get; set; }

    /// <summary>The outbox message that produced it: delivered at least once, stored once.</summary>
    public long? SourceMessageId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}

public static class NotificationKinds
{
    public const string ReservationBumped = "ReservationBumped";
}
