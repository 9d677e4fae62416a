using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.Features;

namespace ConfBot.Hosting.WarmUp;

/// <summary>
/// Tells the warm-up's own requests from real ones, so metrics count only real traffic: the warm-up marks its
/// requests with a header holding a secret made at start, and a request carrying it is marked for its whole flow.
/// </summary>
internal sealed class WarmUpTraffic
{
    public const string Header = "X-ConfBot-Warm-Up";

    private static readonly AsyncLocal<bool> InWarmUpRequest = new();

    public string Token { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>True inside the handling of a warm-up request, wherever in its flow this is asked.</summary>
    public static bool Current => InWarmUpRequest.Value;

    /// <summary>Marks the rest of this request's flow as warm-up, or not, by whether it carries the token.</summary>
    public void Mark(HttpContext context)
    {
        var warmUp = context.Request.Headers.TryGetValue(Header, out var value) && value == Token;
        InWarmUpRequest.Value = warmUp;
        // ASP.NET Core's own request metrics (http_server_request_duration_seconds) leave it out too.
        if (warmUp && context.Features.Get<IHttpMetricsTagsFeature>() is { } metrics)
            metrics.MetricsDisabled = true;
    }
}
