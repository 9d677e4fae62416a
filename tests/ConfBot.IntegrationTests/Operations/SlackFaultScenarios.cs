using System.Diagnostics;
using System.Net;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Operations;

public sealed class SlackFaultScenarios
{
    [Fact]
    public async Task Rate_limited_answer_waits_for_retry_after_and_is_posted_once()
    {
        await using var service = await ConfBotService.StartAsync();
        service.Slack.RateLimitNext("chat.postMessage", retryAfterSeconds: 1);

        await service.PostEventAsync(SlackPayloads.AppMention("vault"));
        var calls = await PostsAsync(service, expected: 2);

        Assert.InRange(calls[1].At - calls[0].At, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
        Assert.Contains("Vault", calls[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_failing_with_a_server_error_is_retried_and_posted_once()
    {
        await using var service = await ConfBotService.StartAsync();
        service.Slack.FailNext("chat.postMessage", 500);
        service.Slack.FailNext("chat.postMessage", 503);

        await service.PostEventAsync(SlackPayloads.AppMention("vault"));
        var calls = await PostsAsync(service, expected: 3);

        Assert.Equal(calls[0].Body, calls[2].Body);
        Assert.Equal(2, (await MetricsScrape.ReadAsync(service.Client)).Sum("confbot_slack_api_retries_total"));
    }

    [Fact]
    public async Task Answer_whose_post_times_out_is_not_posted_a_second_time()
    {
        await using var service = await ConfBotService.StartAsync(settings: new Dictionary<string, string?> { ["ConfBot:Slack:ApiAttemptTimeout"] = "00:00:00.300" });
        // Slack is slow but gets there: the answer is in the thread once, however long the bot waited for the reply.
        service.Slack.DelayNext("chat.postMessage", TimeSpan.FromSeconds(1.5));

        var ack = await service.PostEventAsync(SlackPayloads.AppMention("vault"));
        await PostsAsync(service, expected: 1);

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var metrics = await MetricsScrape.ReadAsync(service.Client);
        Assert.Equal(1, metrics.Sum("confbot_slack_api_calls_total", "method=\"chat.postMessage\"", "error=\"timeout\""));
    }

    [Fact]
    public async Task Service_keeps_acking_while_slack_is_down_and_answers_again_once_it_is_back()
    {
        await using var service = await ConfBotService.StartAsync();
        service.Slack.Down = true;

        var acks = new List<(HttpStatusCode Status, TimeSpan Took)>();
        for (var i = 0; i < 40; i++)
            acks.Add(await TimedAckAsync(service, $"Ev0DOWN{i}"));
        var open = await MetricsScenarios.WaitForAsync(service, m => m.Sum("confbot_slack_api_circuit_state") == 2);
        for (var i = 0; i < 10; i++)
            acks.Add(await TimedAckAsync(service, $"Ev0OPEN{i}"));
        service.Slack.Down = false;
        var recovered = DateTimeOffset.UtcNow;
        // Real time by design: the open circuit lets a call through only once its 5 s break has passed on the
        // resilience pipeline's clock, and it shows no state change until that call is made.
        await Task.Delay(TimeSpan.FromSeconds(5.5));
        await service.PostEventAsync(SlackPayloads.AppMention("vault", eventId: "Ev0BACK"));
        var answered = await service.Slack.WaitForCallAsync("chat.postMessage", c => c.At > recovered);

        Assert.Equal(2, open.Sum("confbot_slack_api_circuit_state"));
        Assert.All(acks, ack => Assert.Equal(HttpStatusCode.OK, ack.Status));
        Assert.All(acks, ack => Assert.True(ack.Took < TimeSpan.FromSeconds(1), $"ack took {ack.Took}"));
        Assert.Contains("Vault", answered.Body, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode, TimeSpan)> TimedAckAsync(ConfBotService service, string eventId)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await service.PostEventAsync(SlackPayloads.AppMention("vault", eventId: eventId, ts: $"1515449522.{eventId.GetHashCode() & 0xFFFFF:D6}"));
        return (response.StatusCode, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>The attempts to post, checked to be <paramref name="expected"/> once the event's work is done and no further one can follow.</summary>
    private static async Task<IReadOnlyList<RecordedCall>> PostsAsync(ConfBotService service, int expected)
    {
        await service.WaitForWorkAsync(1);
        var calls = service.Slack.CallsTo("chat.postMessage");
        Assert.Equal(expected, calls.Count);
        return calls;
    }
}
