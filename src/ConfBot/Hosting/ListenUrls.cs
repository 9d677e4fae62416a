namespace ConfBot.Hosting;

/// <summary>
/// The addresses Kestrel listens on. Without a metrics port, ASP.NET Core's own settings decide; with one, that port
/// is added to them, which means spelling out what those settings would have given, since naming any address
/// replaces them all.
/// </summary>
internal static class ListenUrls
{
    private const string AspNetCoreDefault = "http://localhost:5000";

    /// <param name="urls">--urls, else ASPNETCORE_URLS (configuration key <c>urls</c>).</param>
    /// <param name="httpPorts">ASPNETCORE_HTTP_PORTS (key <c>http_ports</c>), used when no URL is given.</param>
    /// <returns>Null when ASP.NET Core's own settings can stand.</returns>
    public static string? With(string? urls, string? httpPorts, int? metricsPort)
    {
        if (metricsPort is not { } port)
            return urls;
        var serving = !string.IsNullOrWhiteSpace(urls) ? urls
            : !string.IsNullOrWhiteSpace(httpPorts) ? string.Join(';', httpPorts.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"http://*:{p}"))
            : AspNetCoreDefault;
        return $"{serving};http://{MetricsHost(serving)}:{port}";
    }

    // A service kept to this machine (127.0.0.1, localhost) keeps its metrics there too; else every interface.
    private static string MetricsHost(string serving)
    {
        var first = serving.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).First();
        return Uri.TryCreate(first, UriKind.Absolute, out var url) && url.IsLoopback ? url.Host : "*";
    }
}
