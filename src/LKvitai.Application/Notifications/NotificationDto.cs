using LKvitai.Domain.Notifications;

namespace LKvitai.Application.Notifications;

public sealed record NotificationDto(long Id, string Kind, string Title, string Body, string? Subject, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record NotificationListDto(IReadOnlyList<NotificationDto> Items, int Unread);

internal static class NotificationMapping
{
    public static NotificationDto ToDto(this Notification n) => new(n.Id, n.Kind, n.Title, n.Body, n.Subject, n.CreatedAt, n.ReadAt);
}
