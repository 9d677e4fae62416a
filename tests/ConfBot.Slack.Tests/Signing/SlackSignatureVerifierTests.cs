using System.Text;
using ConfBot.Slack.Signing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ConfBot.Slack.Tests.Signing;

public sealed class SlackSignatureVerifierTests
{
    // Slack's documented example (DOC /authentication/verifying-requests-from-slack).
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string Expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.FromUnixTimeSeconds(1531420618));

    private SlackSignatureVerifier Verifier(string? secret = Secret) =>
        new(Options.Create(new SlackOptions { SigningSecret = secret }), _clock);

    private SignatureCheck Verify(string? timestamp = Timestamp, string? signature = Expected, string body = Body) =>
        Verifier().Verify(timestamp, signature, Encoding.UTF8.GetBytes(body));

    [Fact]
    public void Slacks_documented_example_is_valid() => Assert.Equal(SignatureCheck.Valid, Verify());

    [Fact]
    public void Uppercase_hex_signature_is_still_valid() =>
        Assert.Equal(SignatureCheck.Valid, Verify(signature: "v0=" + Expected[3..].ToUpperInvariant()));

    [Fact]
    public void Tampered_body_is_a_mismatch() => Assert.Equal(SignatureCheck.Mismatch, Verify(body: Body.Replace("text=", "text=hi", StringComparison.Ordinal)));

    [Fact]
    public void Wrong_secret_is_a_mismatch() =>
        Assert.Equal(SignatureCheck.Mismatch, Verifier("another-secret").Verify(Timestamp, Expected, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Timestamp_more_than_five_minutes_old_is_stale()
    {
        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.Equal(SignatureCheck.StaleTimestamp, Verify());
    }

    [Fact]
    public void Timestamp_more_than_five_minutes_ahead_is_stale()
    {
        var early = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618) - TimeSpan.FromMinutes(6));
        var verifier = new SlackSignatureVerifier(Options.Create(new SlackOptions { SigningSecret = Secret }), early);

        Assert.Equal(SignatureCheck.StaleTimestamp, verifier.Verify(Timestamp, Expected, Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public void Timestamp_just_inside_the_window_is_accepted()
    {
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(SignatureCheck.Valid, Verify());
    }

    [Theory]
    [InlineData(null, Expected)]
    [InlineData(Timestamp, null)]
    [InlineData("", "")]
    public void Missing_headers_are_rejected(string? timestamp, string? signature) =>
        Assert.Equal(SignatureCheck.MissingHeaders, Verify(timestamp, signature));

    [Fact]
    public void Non_numeric_timestamp_is_malformed() => Assert.Equal(SignatureCheck.MalformedTimestamp, Verify(timestamp: "yesterday"));

    [Fact]
    public void Other_version_prefix_is_unsupported() =>
        Assert.Equal(SignatureCheck.UnsupportedVersion, Verify(signature: "v1=" + Expected[3..]));

    [Theory]
    [InlineData("v0=abc")]
    [InlineData("v0=zz114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    public void Short_or_non_hex_signature_is_malformed(string signature) =>
        Assert.Equal(SignatureCheck.MalformedSignature, Verify(signature: signature));

    [Fact]
    public void Without_a_signing_secret_nothing_is_valid() =>
        Assert.Equal(SignatureCheck.NoSigningSecret, Verifier(secret: null).Verify(Timestamp, Expected, Encoding.UTF8.GetBytes(Body)));
}
