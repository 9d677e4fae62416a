namespace ConfBot.LoadTest;

/// <summary>The comparison endpoint: the same server's cheapest route, so the difference is ConfBot's own work.</summary>
internal static class BareRequest
{
    public static HttpRequestMessage Healthz() => new(HttpMethod.Get, "healthz");
}
