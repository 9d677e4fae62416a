using ConfBot.Bot.Answers;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Scenarios;

public sealed class SharedAnswerScenarios
{
    [Fact]
    public async Task More_results_on_a_shared_answer_in_a_channel_the_bot_is_not_in_answer_through_the_response_url()
    {
        await using var service = await ConfBotService.StartAsync();
        var asked = await service.CommandReplyAsync("monitoring", "asked");

        var shared = await service.ClickAsync(AnswerActions.ShareInChannel, SlackButtons.Value(asked, AnswerActions.ShareInChannel), "shared");
        // The bot was never invited: posting with the Web API would fail, the response_url does not.
        service.Slack.FailNext("chat.postMessage", "not_in_channel");
        var more = Visible(Payloads.ButtonClick(AnswerActions.MoreResults, SlackButtons.Value(shared.Body, AnswerActions.MoreResults), service.Slack.ResponseUrl("more")));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await service.PostInteractionAsync(more)).StatusCode);
        var next = await service.Slack.WaitForCallAsync("response/more");

        Assert.Equal("in_channel", shared.Json.GetProperty("response_type").GetString());
        Assert.Equal("in_channel", next.Json.GetProperty("response_type").GetString());
        Assert.False(next.Json.GetProperty("replace_original").GetBoolean());
        Assert.Contains("*4.*", SlackMessageText.Of(next.Body), StringComparison.Ordinal);
        Assert.DoesNotContain(service.Slack.Calls, c => c.Path == "chat.postMessage");
    }

    [Fact]
    public async Task More_results_on_a_private_answer_replaces_it_with_the_next_page()
    {
        await using var service = await ConfBotService.StartAsync();
        var asked = await service.CommandReplyAsync("monitoring", "asked");

        var next = await service.ClickAsync(AnswerActions.MoreResults, SlackButtons.Value(asked, AnswerActions.MoreResults), "more");

        Assert.True(next.Json.GetProperty("replace_original").GetBoolean());
        Assert.False(next.Json.TryGetProperty("response_type", out var type) && type.GetString() == "in_channel");
        Assert.Contains("*4.*", SlackMessageText.Of(next.Body), StringComparison.Ordinal);
    }

    private static string Visible(string payload) => payload.Replace("\"is_ephemeral\":true", "\"is_ephemeral\":false", StringComparison.Ordinal);
}
