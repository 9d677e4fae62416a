using ConfBot.Bot.Answers;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Scenarios;

/// <summary>A signed payload's response_url is only posted to on Slack's own sites (or a configured allow-list).</summary>
public sealed class ResponseUrlScenarios
{
    [Fact]
    public async Task A_response_url_on_another_site_is_never_posted_to()
    {
        await using var elsewhere = await FakeSlack.StartAsync();
        await using var service = await ConfBotService.StartAsync();
        var click = Payloads.ButtonClick(AnswerActions.ShowAllLinks, "rootconf2017-working-with-secrets", elsewhere.ResponseUrl("steal"));

        Assert.Equal(System.Net.HttpStatusCode.OK, (await service.PostInteractionAsync(click)).StatusCode);
        await service.WaitForWorkAsync(1);

        Assert.Empty(elsewhere.Calls);
        Assert.DoesNotContain(service.Slack.Calls, c => c.Path.StartsWith("response/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_response_url_on_an_allowed_site_is_posted_to()
    {
        await using var allowed = await FakeSlack.StartAsync();
        await using var service = await ConfBotService.StartAsync(settings: new Dictionary<string, string?> { ["ConfBot:Slack:ResponseUrlOrigins:0"] = allowed.BaseAddress.ToString() });
        var click = Payloads.ButtonClick(AnswerActions.ShowAllLinks, "rootconf2017-working-with-secrets", allowed.ResponseUrl("links"));

        await service.PostInteractionAsync(click);

        Assert.Contains("Links for", SlackMessageText.Of((await allowed.WaitForCallAsync("response/links")).Body), StringComparison.Ordinal);
    }
}
