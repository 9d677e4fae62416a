using System.Net;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Scenarios;

public sealed class MalformedRequestScenarios
{
    public static TheoryData<string, string, string> BadRequests => new()
    {
        { "slack/events", "{not json", "application/json" },
        { "slack/events", """{"type":"event_callback","team_id":"T1"}""", "application/json" },
        { "slack/events", """{"type":"url_verification"}""", "application/json" },
        { "slack/events", SlackPayloads.DirectMessage("hi"), "text/plain" },
        { "slack/commands", "team_id=T1&user_id=U1", "application/x-www-form-urlencoded" },
        { "slack/commands", "token=x&command=%2Fconfbot&text=vault", "application/json" },
        { "slack/interactions", "payload=%7Bnot+json", "application/x-www-form-urlencoded" },
        { "slack/interactions", "nopayload=1", "application/x-www-form-urlencoded" },
        { "slack/interactions", "payload=" + Uri.EscapeDataString("""{"type":"block_actions"}"""), "application/x-www-form-urlencoded" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Malformed_signed_payloads_get_a_4xx_never_a_500(string path, string body, string contentType)
    {
        await using var service = await ConfBotService.StartAsync();

        var response = await service.PostSignedAsync(path, body, contentType);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task Health_check_answers_ok()
    {
        await using var service = await ConfBotService.StartAsync();

        var response = await service.Client.GetAsync("healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }
}
