namespace ConfBot.Observability;

/// <summary>
/// What a span may say of an outgoing URL. A Slack <c>response_url</c> (and any webhook) is itself a credential for
/// posting into a channel, so only Web API paths (<c>/api/chat.postMessage</c>: a method name, the token travels in a
/// header) are kept; every other path and every query is replaced.
/// </summary>
internal static class TraceUrls
{
    public static string Redact(Uri url)
    {
        var path = url.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal) ? url.AbsolutePath : "/{redacted}";
        return $"{url.Scheme}://{url.Authority}{path}{(url.Query.Length > 0 ? "?{redacted}" : "")}";
    }
}
