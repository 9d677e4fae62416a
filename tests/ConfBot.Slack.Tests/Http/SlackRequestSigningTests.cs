using System.Net;
using ConfBot.Slack.Tests.TestSupport;

namespace ConfBot.Slack.Tests.Http;

/// <summary>Only requests signed with the signing secret, and recently, get through; an unsigned ssl_check only in Slack's shape.</summary>
public sealed class SlackRequestSigningTests : SlackEndpointsTestBase
{
    [Fact]
    public async Task Forged_signature_is_unauthorized()
    {
        var response = await Host.PostSignedAsync("slack/events", Payloads.DirectMessage(), Json, signature: SlackSigner.Sign("other body", DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Host.Log.All);
    }

    [Fact]
    public async Task Stale_timestamp_is_unauthorized()
    {
        var response = await Host.PostSignedAsync("slack/commands", Payloads.SlashCommandForm, Form, timestamp: DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeSeconds());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Unsigned_request_is_unauthorized()
    {
        var response = await Host.Client.PostAsync("slack/events", new StringContent(Payloads.DirectMessage(), null, Json));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("slack/commands", "ssl_check=1&token=x&" + Payloads.SlashCommandForm, Form)]
    [InlineData("slack/commands", "ssl_check=true&token=x", Form)]
    [InlineData("slack/commands", "ssl_check=1", Form)]
    [InlineData("slack/commands", "ssl_check=1&ssl_check=1&token=x", Form)]
    [InlineData("slack/commands", "ssl_check=1&token=x", "text/plain")]
    [InlineData("slack/interactions", "ssl_check=1&token=x", Form)]
    public async Task Unsigned_request_shaped_otherwise_than_slacks_ssl_check_is_unauthorized(string path, string body, string contentType)
    {
        var response = await Host.Client.PostAsync(path, new StringContent(body, null, contentType));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Host.Log.All);
    }
}
