using System.Security.Cryptography;
using System.Text;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>Signs bodies the way Slack does, independently of the code under test.</summary>
internal static class SlackSigner
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";

    public static string Sign(string body, long timestamp, string secret = Secret)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        return "v0=" + Convert.ToHexStringLower(mac);
    }
}
