using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Scenarios;

/// <summary>Text as Slack sends it (escaped, with mention, channel and link tokens) is read as the user typed it.</summary>
public sealed class SlackTextScenarios
{
    [Fact]
    public async Task Escaped_slash_command_text_is_asked_as_typed()
    {
        await using var service = await ConfBotService.StartAsync();

        var reply = SlackMessageText.Of(await service.CommandReplyAsync("what do <#C2147483705|ops> people say about vault &amp; secrets?", "escaped"));

        Assert.Contains("“what do #ops people say about vault &amp; secrets?”", reply, StringComparison.Ordinal);
        Assert.Contains("0|what do #ops people say about vault & secrets?", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;amp;", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("conferences about kubernetes")]
    [InlineData("help me find talks about monitoring")]
    public async Task A_command_word_starting_a_question_is_asked_as_the_question(string question)
    {
        await using var service = await ConfBotService.StartAsync();

        var reply = SlackMessageText.Of(await service.CommandReplyAsync(question, "question"));

        Assert.Contains($"“{question}”", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("What you can ask ConfBot", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mention_is_asked_without_the_bot_and_with_other_mentions_as_names()
    {
        await using var service = await ConfBotService.StartAsync();

        var posted = await PostedReplyAsync(service, SlackPayloads.AppMention("vault &amp; secrets for <@U0123ABCD|ana>"));

        Assert.Contains("“vault &amp; secrets for @ana”", posted, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeSlack.BotUserId, posted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Direct_message_with_a_link_is_asked_by_the_link_label()
    {
        await using var service = await ConfBotService.StartAsync();

        var posted = await PostedReplyAsync(service, SlackPayloads.DirectMessage("which talks covered <https://kubernetes.io|kubernetes> deployment strategies?"));

        Assert.Contains("“which talks covered kubernetes deployment strategies?”", posted, StringComparison.Ordinal);
        Assert.Contains("Deployment strategies with Kubernetes", posted, StringComparison.Ordinal);
    }

    /// <summary>The text of the message ConfBot posted in answer to an event.</summary>
    private static async Task<string> PostedReplyAsync(ConfBotService service, string eventJson)
    {
        await service.PostEventAsync(eventJson);
        return SlackMessageText.Of((await service.Slack.WaitForCallAsync("chat.postMessage")).Body);
    }
}
