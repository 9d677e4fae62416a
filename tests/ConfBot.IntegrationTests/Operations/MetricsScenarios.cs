using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Operations;

public sealed class MetricsScenarios
{
    [Fact]
    public async Task Metrics_count_requests_acks_answers_slack_calls_and_the_index()
    {
        await using var service = await ConfBotService.StartAsync();

        await service.PostCommandAsync(SlackPayloads.SlashCommand("vault", service.Slack.ResponseUrl("m")));
        await service.PostEventAsync(SlackPayloads.AppMention("vault"));
        await service.Slack.WaitForCallAsync("chat.postMessage");
        await service.PostSignedAsync("slack/commands", "junk", "application/x-www-form-urlencoded", secret: "forged");
        var metrics = await WaitForAsync(service, m => m.Sum("confbot_slack_api_calls_total", "method=\"chat.postMessage\"") >= 1);

        Assert.Equal(1, metrics.Sum("confbot_http_requests_total", "route=\"/slack/commands\"", "outcome=\"ok\""));
        Assert.Equal(1, metrics.Sum("confbot_http_requests_total", "route=\"/slack/commands\"", "outcome=\"rejected\""));
        Assert.Equal(1, metrics.Sum("confbot_http_requests_total", "route=\"/slack/events\"", "outcome=\"ok\""));
        Assert.Equal(3, metrics.Sum("confbot_slack_ack_seconds_count"));
        Assert.Equal(2, metrics.Sum("confbot_answer_seconds_count"));
        Assert.Equal(1, metrics.Sum("confbot_slack_api_calls_total", "method=\"chat.postMessage\"", "outcome=\"ok\""));
        Assert.Equal(1, metrics.Sum("confbot_slack_api_calls_total", "method=\"auth.test\"", "outcome=\"ok\""));
        Assert.Equal(0, metrics.Sum("confbot_slack_api_circuit_state"));
        Assert.True(metrics.Sum("confbot_talks_indexed") > 10, metrics.Text);
        Assert.Equal(1, metrics.Sum("confbot_notes_reloads_total"));
    }

    internal static async Task<MetricsScrape> WaitForAsync(ConfBotService service, Func<MetricsScrape, bool> condition)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var scrape = await MetricsScrape.ReadAsync(service.Client);
            if (condition(scrape) || DateTimeOffset.UtcNow > deadline)
                return scrape;
            await Task.Delay(50);
        }
    }
}
