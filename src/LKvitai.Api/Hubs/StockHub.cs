using LKvitai.Application.Common.Interfaces;
using Microsoft.AspNetCore.SignalR;

namespace LKvitai.Api.Hubs;

/// <summary>
/// Live updates for the SPA. Every signed-in client receives "StockMoved" with the movement (id, sequence, sku, quantity,
/// from, to, type, operator, time) within moments of its commit (stock screens, the 3D view), and "Notification" with
/// each notification stored for its own user (e.g. a bumped reservation) — the same one GET /api/v1/notifications lists.
/// </summary>
public sealed class StockHub : Hub
{
    public const string Path = "/hubs/stock";
    public const string StockMoved = "StockMoved";
    public const string Notification = "Notification";

    public static string UserGroup(string user) => "user:" + user;

    public override async Task OnConnectedAsync()
    {
        if (Context.User?.Identity?.Name is { Length: > 0 } user)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, UserGroup(user));
        }

        await base.OnConnectedAsync();
    }
}

/// <summary>Pushes what the live-updates listener hears to this process's hub clients.</summary>
internal sealed class StockHubSink(IHubContext<StockHub> hub) : IStockMovedSink, IUserNotificationSink
{
    public Task PublishAsync(string payloadJson, CancellationToken cancellationToken) =>
        hub.Clients.All.SendAsync(StockHub.StockMoved, System.Text.Json.JsonDocument.Parse(payloadJson).RootElement, cancellationToken);

    public Task PublishAsync(string recipient, string payloadJson, CancellationToken cancellationToken) =>
        hub.Clients.Group(StockHub.UserGroup(recipient))
            .SendAsync(StockHub.Notification, System.Text.Json.JsonDocument.Parse(payloadJson).RootElement, cancellationToken);
}
