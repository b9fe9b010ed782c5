namespace LKvitai.Application.Common.Interfaces;

/// <summary>What this process does with a StockMoved it hears (the API pushes it to its SignalR clients).</summary>
public interface IStockMovedSink
{
    Task PublishAsync(string payloadJson, CancellationToken cancellationToken);
}

/// <summary>What this process does with a stored notification it hears (the API pushes it to the recipient's open screens).</summary>
public interface IUserNotificationSink
{
    Task PublishAsync(string recipient, string payloadJson, CancellationToken cancellationToken);
}
