namespace LKvitai.Application.Common.Interfaces;

/// <summary>What this process does with a StockMoved it hears (the API pushes it to its SignalR clients).</summary>
public interface IStockMovedSink
{
    Task PublishAsync(string payloadJson, CancellationToken cancellationToken);
}
