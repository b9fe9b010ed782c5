using LKvitai.Application.Notifications;
using LKvitai.Application.Notifications.ListMyNotifications;
using LKvitai.Application.Notifications.MarkNotificationsRead;
using Mediator;

namespace LKvitai.Api.Endpoints;

internal static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        var notifications = app.MapGroup("/api/v1/notifications").WithTags("Notifications");

        notifications.MapGet("/", async (bool? unreadOnly, int? count, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(new ListMyNotificationsQuery(unreadOnly ?? false, count ?? 50), ct)).ToOk(context))
            .WithName("ListMyNotifications")
            .WithSummary("The signed-in user's notifications (e.g. ReservationBumped), newest first, with the unread count; each is also pushed live as \"Notification\" on /hubs/stock.")
            .Produces<NotificationListDto>().ProducesProblems(400, 401);

        notifications.MapPost("/read", async (MarkNotificationsReadCommand command, ISender sender, HttpContext context, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToOk(context))
            .WithName("MarkNotificationsRead").WithSummary("Mark the listed notifications read, or all of the user's when ids is omitted; answers how many changed.")
            .Produces<int>().ProducesProblems(400, 401);
    }
}
