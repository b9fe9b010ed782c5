using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LKvitai.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A Zebra-like printer on 127.0.0.1 (a free port): records what it receives and answers the host-status query ~HS,
/// unless <see cref="Answers"/> is off (then it reads and stays silent, like a printer that jammed).
/// </summary>
public sealed class FakePrinter : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task acceptLoop;
    private int connections;

    public FakePrinter()
    {
        listener.Start();
        acceptLoop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    private volatile bool answers = true;

    public bool Answers
    {
        get => answers;
        set => answers = value;
    }

    /// <summary>Every label received (the bytes before ~HS), acknowledged or not.</summary>
    public ConcurrentQueue<string> Received { get; } = new();

    public int Connections => Volatile.Read(ref connections);

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                return;
            }

            Interlocked.Increment(ref connections);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        var text = new StringBuilder();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, stop.Token)) > 0)
            {
                text.Append(Encoding.UTF8.GetString(buffer, 0, read));
                var all = text.ToString();
                var query = all.IndexOf("~HS", StringComparison.Ordinal);
                if (query < 0)
                {
                    continue;
                }

                Received.Enqueue(all[..query]);
                text.Clear().Append(all[(query + 3)..]);
                if (Answers)
                {
                    // The first of the three status strings a Zebra sends back for ~HS.
                    await stream.WriteAsync("\u0002030,0,0,1245,000,0,0,0,000,0,0,0\u0003\r\n"u8.ToArray(), stop.Token);
                }
            }
        }
        catch (Exception) when (stop.IsCancellationRequested)
        {
        }
        catch (IOException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await acceptLoop;
        stop.Dispose();
    }
}
