using ConfBot.Bot.Feedback;
using ConfBot.Core.Search;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Scenarios;

public sealed class ThreadFollowUpScenarios
{
    private const string Thread = "1515449522.000016";

    [Fact]
    public async Task Links_for_the_second_one_in_confbots_thread_are_answered_there_with_that_talks_links_without_a_mention()
    {
        await using var service = await ConfBotService.StartAsync();
        await service.PostEventAsync(SlackPayloads.AppMention("monitoring", ts: Thread));
        var answer = await service.Slack.WaitForCallAsync("chat.postMessage");
        var second = FeedbackValue.Decode(SlackButtons.Value(answer.Body, FeedbackActions.Up))!.TalkIds[1];
        var talk = service.Services.GetRequiredService<IKnowledgeBase>().Catalog.Find(second)!;

        // The thread's parent is the person's question: only ConfBot's own answer in it makes the thread ConfBot's.
        await service.PostEventAsync(SlackPayloads.ThreadReply("links for the second one", Thread, parentUserId: "U061F7AUR", eventId: "Ev0REPLY1"));
        var followUp = await service.Slack.WaitForCallAsync("chat.postMessage", c => c != answer);

        Assert.Equal((SlackPayloads.MentionChannel, Thread), (followUp.Field("channel"), followUp.Field("thread_ts")));
        var text = SlackMessageText.Of(followUp.Body);
        Assert.Contains($"Links for {talk.Title}", text, StringComparison.Ordinal);
        Assert.All(talk.Links, l => Assert.Contains(l.Url, followUp.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reply_under_confbots_own_message_is_answered_in_its_thread()
    {
        await using var service = await ConfBotService.StartAsync();

        await service.PostEventAsync(SlackPayloads.ThreadReply("vault", "1515449000.000001", parentUserId: FakeSlack.BotUserId, eventId: "Ev0REPLY2"));
        var posted = await service.Slack.WaitForCallAsync("chat.postMessage");

        Assert.Equal("1515449000.000001", posted.Field("thread_ts"));
        Assert.Contains("Working with Secrets", SlackMessageText.Of(posted.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_in_someone_elses_thread_is_left_alone()
    {
        await using var service = await ConfBotService.StartAsync();

        await service.PostEventAsync(SlackPayloads.ThreadReply("vault", "1515449000.000001", parentUserId: "U0OTHER", eventId: "Ev0REPLY3"));
        await service.WaitForWorkAsync(1);

        Assert.Empty(service.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task A_reply_that_also_mentions_confbot_is_answered_once_as_the_mention()
    {
        await using var service = await ConfBotService.StartAsync();
        await service.PostEventAsync(SlackPayloads.AppMention("vault", ts: Thread));
        var answer = await service.Slack.WaitForCallAsync("chat.postMessage");

        // Slack sends both a message event and an app_mention for it; only the mention answers.
        await service.PostEventAsync(SlackPayloads.ThreadReply($"<@{FakeSlack.BotUserId}> more", Thread, parentUserId: "U061F7AUR", eventId: "Ev0REPLY4"));
        await service.WaitForWorkAsync(2);

        Assert.Equal([answer], service.Slack.CallsTo("chat.postMessage"));
    }
}
