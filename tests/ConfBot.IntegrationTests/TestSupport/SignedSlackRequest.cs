using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>A request signed the way Slack signs it, computed here independently of the service's verifier.</summary>
internal static class SignedSlackRequest
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";

    public static HttpRequestMessage Create(string path, string body, string contentType, DateTimeOffset now, string secret = SigningSecret)
    {
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(mac));
        return request;
    }

    public static HttpRequestMessage SlashCommand(string form, DateTimeOffset now) =>
        Create("slack/commands", form, "application/x-www-form-urlencoded", now);
}
