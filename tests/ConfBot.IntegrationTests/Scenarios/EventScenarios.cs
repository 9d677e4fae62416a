using System.Net;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Scenarios;

public sealed class EventScenarios
{
    [Fact]
    public async Task Mention_is_answered_in_a_thread_under_the_question()
    {
        await using var service = await ConfBotService.StartAsync();

        var ack = await service.PostEventAsync(SlackPayloads.AppMention("vault", ts: "1515449522.000016"));
        var posted = await service.Slack.WaitForCallAsync("chat.postMessage");

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal(SlackPayloads.MentionChannel, posted.Field("channel"));
        Assert.Equal("1515449522.000016", posted.Field("thread_ts"));
        Assert.Contains("Vault", posted.Body, StringComparison.Ordinal);
        Assert.Equal("Bearer xoxb-test-token", posted.Authorization);
    }

    [Fact]
    public async Task Retried_event_is_answered_once()
    {
        await using var service = await ConfBotService.StartAsync();
        var mention = SlackPayloads.AppMention("vault", eventId: "Ev0RETRIED");

        await service.PostEventAsync(mention);
        await service.Slack.WaitForCallAsync("chat.postMessage");
        var retry = await service.PostEventAsync(mention, r =>
        {
            r.Headers.Add("X-Slack-Retry-Num", "1");
            r.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        });
        await service.WaitForWorkAsync(2);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Single(service.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Forged_event_gets_401_and_no_answer()
    {
        await using var service = await ConfBotService.StartAsync();

        var response = await service.PostSignedAsync("slack/events", SlackPayloads.AppMention("vault"), "application/json", secret: "forged");
        await service.StopAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(service.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Rate_limited_reply_is_retried_after_retry_after()
    {
        await using var service = await ConfBotService.StartAsync();
        service.Slack.RateLimitNext("chat.postMessage", retryAfterSeconds: 1);

        await service.PostEventAsync(SlackPayloads.AppMention("vault"));
        await service.Slack.WaitForCallAsync("chat.postMessage", _ => service.Slack.CallsTo("chat.postMessage").Count >= 2);

        var attempts = service.Slack.CallsTo("chat.postMessage");
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {attempts[1].At - attempts[0].At}");
        Assert.Equal(attempts[0].Body, attempts[1].Body);
    }

    [Fact]
    public async Task Direct_message_over_http_is_answered_in_the_dm()
    {
        await using var service = await ConfBotService.StartAsync();

        await service.PostEventAsync(SlackPayloads.DirectMessage("which talks covered kubernetes deployment strategies?"));
        var posted = await service.Slack.WaitForCallAsync("chat.postMessage");

        Assert.Equal(SlackPayloads.DmChannel, posted.Field("channel"));
        Assert.Contains("Deployment strategies with Kubernetes", posted.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_direct_message_with_a_file_attached_is_answered_from_its_text()
    {
        await using var service = await ConfBotService.StartAsync();
        // A file_share message as Slack sends it (api.slack.com/events/message/file_share): the text the person typed, and the file.
        const string file = ",\"subtype\":\"file_share\",\"upload\":false,\"files\":[{\"id\":\"F0TDZGY6B\",\"name\":\"agenda.txt\",\"mimetype\":\"text/plain\",\"filetype\":\"text\"}]";

        await service.PostEventAsync(Payloads.DirectMessage(eventId: "EvFILE1", ts: "1355517524.000006", extra: file, text: "which talks covered kubernetes deployment strategies?"));
        var posted = await service.Slack.WaitForCallAsync("chat.postMessage");

        Assert.Equal(SlackPayloads.DmChannel, posted.Field("channel"));
        Assert.Contains("Deployment strategies with Kubernetes", posted.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_the_home_tab_publishes_what_confbot_knows()
    {
        await using var service = await ConfBotService.StartAsync();
        const string opened = """{"type":"app_home_opened","user":"U061F7AUR","channel":"D0LAN2Q65","tab":"home","event_ts":"1515449522000016"}""";

        await service.PostEventAsync($$"""{"token":"t","team_id":"T111","api_app_id":"A111","event":{{opened}},"type":"event_callback","event_id":"Ev0HOME","event_time":1515449522}""");
        var published = await service.Slack.WaitForCallAsync("views.publish");

        Assert.Equal("U061F7AUR", published.Field("user_id"));
        Assert.Contains("Rootconf 2017", published.Body, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"home\"", published.Body, StringComparison.Ordinal);
    }
}
