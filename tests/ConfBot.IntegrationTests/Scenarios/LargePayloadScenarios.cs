using System.Globalization;
using System.Net;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Scenarios;

public sealed class LargePayloadScenarios
{
    [Fact]
    public async Task Modal_block_action_of_real_size_over_64_KiB_is_acked()
    {
        await using var service = await ConfBotService.StartAsync();
        var payload = Payloads.ModalSelectAction();

        var response = await service.PostInteractionAsync(payload);

        Assert.True(payload.Length > 64 * 1024, $"{payload.Length} characters");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Body_over_the_configured_limit_gets_413_and_no_retry()
    {
        const int limit = 128 * 1024;
        await using var service = await ConfBotService.StartAsync(
            settings: new Dictionary<string, string?> { ["ConfBot:Slack:MaxRequestBodyBytes"] = limit.ToString(CultureInfo.InvariantCulture) });
        var message = SlackPayloads.DirectMessage("hi");

        var response = await service.PostEventAsync(new string(' ', limit + 1 - message.Length) + message);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("X-Slack-No-Retry").Single());
    }
}
