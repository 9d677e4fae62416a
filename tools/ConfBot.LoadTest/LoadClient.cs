namespace ConfBot.LoadTest;

/// <summary>One HTTP/1.1 client with a fixed pool of keep-alive connections, as Slack's edge would hold.</summary>
internal static class LoadClient
{
    public static HttpClient Create(Uri baseAddress, int connections) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(10),
        };
}
