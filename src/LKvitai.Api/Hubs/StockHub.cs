using LKvitai.Application.Common.Interfaces;
using Microsoft.AspNetCore.SignalR;

namespace LKvitai.Api.Hubs;

/// <summary>
/// Live stock changes for the SPA (stock screens, the 3D view): every signed-in client receives "StockMoved" with the
/// movement (id, sequence, sku, quantity, from, to, type, operator, time) within moments of its commit.
/// </summary>
public sealed class StockHub : Hub
{
    public const string Path = "/hubs/stock";
    public const string StockMoved = "StockMoved";
}

/// <summary>Pushes what the StockMoved listener hears to this process's hub clients.</summary>
internal sealed class StockHubSink(IHubContext<StockHub> hub) : IStockMovedSink
{
    public Task PublishAsync(string payloadJson, CancellationToken cancellationToken) =>
        hub.Clients.All.SendAsync(StockHub.StockMoved, System.Text.Json.JsonDocument.Parse(payloadJson).RootElement, cancellationToken);
}
