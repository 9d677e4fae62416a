using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>
/// Generates hostile or broken Slack requests, each of which the service must reject with a 4xx: broken JSON and
/// form bodies (correctly signed, so they reach the parsers), wrong or missing signatures, replayed timestamps,
/// bodies over the size limit, and odd encodings and content types. Seeded, so a failure can be replayed.
/// </summary>
internal sealed class MalformedRequests(int seed)
{
    private static readonly string[] Paths = ["slack/events", "slack/commands", "slack/interactions"];
    private static readonly string[] OddContentTypes =
        ["text/plain", "multipart/form-data; boundary=x", "application/xml", "*/*", "application/json-patch+json", "application/octet-stream", "image/png"];

    private const int DefaultMaxBodyBytes = 1024 * 1024;

    private readonly Random _random = new(seed);

    public HttpRequestMessage Next() => _random.Next(9) switch
    {
        0 => Signed("slack/events", BrokenJson(), "application/json"),
        1 => Signed("slack/events", WrongShapeJson(), "application/json"),
        2 => Signed(_random.Next(2) == 0 ? "slack/commands" : "slack/interactions", BrokenForm(), "application/x-www-form-urlencoded"),
        3 => Signed(AnyPath(), InvalidUtf8(), _random.Next(2) == 0 ? "application/json" : "application/json; charset=utf-16"),
        4 => Signed(AnyPath(), Encoding.UTF8.GetBytes(SlackPayloads.DirectMessage("vault")), OddContentTypes[_random.Next(OddContentTypes.Length)]),
        5 => Signed(AnyPath(), RandomBytes(200), "application/json", secret: "not-the-secret"),
        6 => Signed(AnyPath(), Encoding.UTF8.GetBytes(SlackPayloads.DirectMessage("vault")), "application/json", age: TimeSpan.FromMinutes(6 + _random.Next(10_000))),
        7 => Unsigned(AnyPath(), RandomBytes(_random.Next(1, 500))),
        _ => _random.Next(20) == 0
            ? Signed(AnyPath(), RandomBytes(DefaultMaxBodyBytes + 1 + _random.Next(200_000)), "application/json")
            : Signed("slack/interactions", Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(WrongShapeJsonText(interaction: true))), "application/x-www-form-urlencoded"),
    };

    private string AnyPath() => Paths[_random.Next(Paths.Length)];

    // A proper prefix of a JSON object is never valid JSON.
    private byte[] BrokenJson()
    {
        var valid = SlackPayloads.AppMention("vault");
        return Encoding.UTF8.GetBytes(valid[.._random.Next(valid.Length - 1)]);
    }

    private byte[] WrongShapeJson() => Encoding.UTF8.GetBytes(WrongShapeJsonText());

    // Valid JSON of another type is acked and ignored by design, so only shapes that cannot be valid are used.
    private string WrongShapeJsonText(bool interaction = false)
    {
        string[] shapes = interaction
            ? ["[]", "\"block_actions\"", "12345", """{"type":"block_actions","actions":[]}""", """{"type":"block_actions"}"""]
            : ["[]", "\"event_callback\"", "12345", """{"type":"event_callback","team_id":"T1"}""", """{"type":"url_verification"}"""];
        return shapes[_random.Next(shapes.Length)];
    }

    private byte[] BrokenForm()
    {
        var parts = Enumerable.Range(0, _random.Next(1, 8)).Select(_ => _random.Next(5) switch
        {
            0 => "%zz=%",
            1 => "&&&==",
            2 => "payload=" + Uri.EscapeDataString("{\"type\":\"block_actions\",\"actions\":"),
            3 => "command=%2Fconfbot",
            _ => $"{(char)('a' + _random.Next(26))}=%E2%28%A1",
        });
        return Encoding.UTF8.GetBytes(string.Join('&', parts));
    }

    private byte[] InvalidUtf8()
    {
        var bytes = RandomBytes(_random.Next(4, 300));
        bytes[0] = 0xC3;
        bytes[1] = 0x28;
        return bytes;
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private static HttpRequestMessage Signed(string path, byte[] body, string contentType, string secret = ConfBotService.SigningSecret, TimeSpan age = default)
    {
        var timestamp = (DateTimeOffset.UtcNow - age).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signed = Encoding.UTF8.GetBytes($"v0:{timestamp}:").Concat(body).ToArray();
        var request = Unsigned(path, body, contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed)));
        return request;
    }

    private static HttpRequestMessage Unsigned(string path, byte[] body, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return request;
    }
}
