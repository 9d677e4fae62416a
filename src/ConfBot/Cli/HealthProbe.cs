using System.Net;
using System.Text.Json;

namespace ConfBot.Cli;

/// <summary>
/// Asks a running <c>confbot serve</c> on this machine whether it is ready, for a container health check: the
/// runtime image has no shell or curl, so the probe is ConfBot itself.
/// </summary>
internal static class HealthProbe
{
    private const string DefaultPort = "5000";

    /// <summary>
    /// The local <c>/readyz</c> of the server these settings start: the first of ASPNETCORE_URLS, else the first of
    /// ASPNETCORE_HTTP_PORTS (8080 in the .NET images), else ASP.NET Core's own default; a wildcard host means this machine.
    /// </summary>
    public static Uri ReadinessUrl(string? urls, string? httpPorts)
    {
        if (First(urls) is { } url)
        {
            var listen = url.Replace("://*", "://127.0.0.1", StringComparison.Ordinal).Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal);
            if (Uri.TryCreate(listen, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https")
                return new Uri(parsed, "/readyz");
            throw new ArgumentException($"ASPNETCORE_URLS: '{url}' is not an http:// or https:// URL");
        }

        var port = First(httpPorts) ?? DefaultPort;
        if (!int.TryParse(port, out var number) || number is < 1 or > 65535)
            throw new ArgumentException($"ASPNETCORE_HTTP_PORTS: '{port}' is not a port number (1-65535)");
        return new Uri($"http://127.0.0.1:{number}/readyz");
    }

    /// <summary>0 when ready, 1 when not (or not answering), with one line saying which and why.</summary>
    public static async Task<int> RunAsync(Uri readiness, TimeSpan timeout, TextWriter output, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = timeout };
        try
        {
            using var response = await client.GetAsync(readiness, cancellationToken);
            var reason = Reason(await response.Content.ReadAsStringAsync(cancellationToken));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                await output.WriteLineAsync($"ready ({readiness})");
                return 0;
            }

            await output.WriteLineAsync($"not ready: {reason ?? $"{(int)response.StatusCode} {response.ReasonPhrase}"} ({readiness})");
            return 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await output.WriteLineAsync($"not ready: nothing answers at {readiness} ({(ex is TaskCanceledException ? $"no answer within {timeout.TotalSeconds:0.#} s" : ex.Message)})");
            return 1;
        }
    }

    private static string? First(string? list) =>
        list?.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();

    private static string? Reason(string body)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement.TryGetProperty("reason", out var reason) ? reason.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
