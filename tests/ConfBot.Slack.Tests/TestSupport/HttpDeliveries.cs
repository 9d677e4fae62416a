using System.Globalization;
using System.Text;
using ConfBot.Slack.Pipeline;
using Microsoft.AspNetCore.Http;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>HTTP deliveries as the endpoint hands them to the pipeline, without a server.</summary>
internal static class HttpDeliveries
{
    public const string Json = "application/json";
    public const string Form = "application/x-www-form-urlencoded";

    /// <summary>Signed now with the test secret, unless <paramref name="signature"/> says otherwise ("" for none).</summary>
    public static SlackDelivery Of(SlackDeliveryKind kind, string body, string contentType, string? signature = null)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = contentType;
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        if (signature != "")
        {
            context.Request.Headers["X-Slack-Request-Timestamp"] = timestamp.ToString(CultureInfo.InvariantCulture);
            context.Request.Headers["X-Slack-Signature"] = signature ?? SlackSigner.Sign(body, timestamp);
        }

        return new SlackDelivery { Kind = kind, Http = new HttpDelivery(context.Request, Encoding.UTF8.GetBytes(body)) };
    }
}
