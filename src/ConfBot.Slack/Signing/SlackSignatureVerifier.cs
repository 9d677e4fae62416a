using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack.Signing;

/// <summary>Checks Slack's v0 request signature: HMAC-SHA256 of <c>v0:{timestamp}:{rawBody}</c>.</summary>
internal sealed class SlackSignatureVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    private const string VersionPrefix = "v0=";
    private const int HexDigestLength = SHA256.HashSizeInBytes * 2;

    // Slack's replay window; tighter would reject requests from hosts with ordinary clock skew.
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public SignatureCheck Verify(string? timestamp, string? signature, ReadOnlySpan<byte> rawBody)
    {
        if (options.Value.SigningSecret is not { Length: > 0 } secret)
            return SignatureCheck.NoSigningSecret;
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
            return SignatureCheck.MissingHeaders;
        if (!long.TryParse(timestamp, out var seconds))
            return SignatureCheck.MalformedTimestamp;

        var age = time.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (Math.Abs(age) > Tolerance.TotalSeconds)
            return SignatureCheck.StaleTimestamp;

        if (!signature.StartsWith(VersionPrefix, StringComparison.Ordinal))
            return SignatureCheck.UnsupportedVersion;
        var hex = signature.AsSpan(VersionPrefix.Length);
        if (hex.Length != HexDigestLength || !IsHex(hex))
            return SignatureCheck.MalformedSignature;

        var expected = ComputeDigest(secret, timestamp, rawBody);
        var actual = Convert.FromHexString(hex);
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary>The <c>X-Slack-Signature</c> value Slack would send with this body, for requests the service makes to itself.</summary>
    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> rawBody) =>
        VersionPrefix + Convert.ToHexStringLower(ComputeDigest(secret, timestamp, rawBody));

    private static byte[] ComputeDigest(string secret, string timestamp, ReadOnlySpan<byte> rawBody)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes($"v0:{timestamp}:"));
        hmac.AppendData(rawBody);
        return hmac.GetHashAndReset();
    }

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
                return false;
        }

        return true;
    }
}
