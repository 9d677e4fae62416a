using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace ConfBot.LoadTest;

/// <summary>Slash commands to <c>path</c>, signed per request as Slack signs them (v0 HMAC-SHA256 over timestamp and body), cycling through real questions.</summary>
internal sealed class SignedCommands(string signingSecret, string responseUrl, string path)
{
    private static readonly string[] Questions =
    [
        "vault", "kubernetes deployment strategies", "what is pact", "how do I monitor a clojure service", "secrets",
        "chaos engineering", "kubernets deploymnet", "terraform", "observability", "incident response",
    ];

    private readonly byte[] _key = Encoding.UTF8.GetBytes(signingSecret);
    private int _next;

    public HttpRequestMessage Next()
    {
        var question = Questions[(uint)Interlocked.Increment(ref _next) % Questions.Length];
        var body = "team_id=T0001&team_domain=load&channel_id=C0001&channel_name=load&user_id=U0001&user_name=load"
            + $"&command=%2Fconfbot&text={Uri.EscapeDataString(question)}&response_url={Uri.EscapeDataString(responseUrl)}&trigger_id=1.2.3&api_app_id=A1";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(mac));
        return request;
    }
}
