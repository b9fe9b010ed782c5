using System.Net.Sockets;
using System.Text;

namespace LKvitai.Infrastructure.Integrations.Printing;

/// <summary>
/// Raw printing over TCP (port 9100): the ZPL, then the host-status query ~HS. A Zebra printer answers ~HS only after it
/// has read what came before, so any answer acknowledges the label; no answer within the timeout is a failure.
/// </summary>
internal static class PrinterConnection
{
    public const string HostStatusQuery = "~HS";

    public static async Task SendAsync(string host, int port, string zpl, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            using var client = new TcpClient { NoDelay = true };
            await client.ConnectAsync(host, port, timeoutSource.Token);
            await using var stream = client.GetStream();
            await stream.WriteAsync(Encoding.UTF8.GetBytes(zpl + HostStatusQuery + "\r\n"), timeoutSource.Token);
            await stream.FlushAsync(timeoutSource.Token);

            var buffer = new byte[256];
            var read = await stream.ReadAsync(buffer, timeoutSource.Token);
            if (read == 0)
            {
                throw new IOException("The printer closed the connection without answering ~HS.");
            }
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The printer did not answer within {timeout.TotalSeconds:0.#} s.");
        }
    }
}
