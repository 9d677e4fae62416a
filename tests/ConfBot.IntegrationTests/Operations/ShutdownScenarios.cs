using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Operations;

public sealed class ShutdownScenarios
{
    [Fact]
    public async Task Answers_running_or_queued_at_shutdown_are_posted_before_the_host_stops()
    {
        var logs = new RecordingLogs();
        await using var service = await ConfBotService.StartAsync(
            settings: new Dictionary<string, string?> { ["ConfBot:Slack:HandlerConcurrency"] = "1", ["Logging:LogLevel:Default"] = "Information" },
            logs: logs);
        service.Slack.DelayNext("chat.postMessage", TimeSpan.FromSeconds(1));

        await service.PostEventAsync(SlackPayloads.AppMention("vault", eventId: "Ev0SLOW", ts: "1.000001"));
        await service.PostEventAsync(SlackPayloads.AppMention("pact", eventId: "Ev0QUEUED1", ts: "1.000002"));
        await service.PostEventAsync(SlackPayloads.AppMention("terraform", eventId: "Ev0QUEUED2", ts: "1.000003"));
        await service.Slack.WaitForCallAsync("chat.postMessage");
        await service.StopAsync();

        Assert.Equal(3, service.Slack.CallsTo("chat.postMessage").Count);
        Assert.DoesNotContain(logs.Entries, e => e.Category.EndsWith("SlackWorker", StringComparison.Ordinal) && e.Level >= LogLevel.Warning);
        Assert.Contains(logs.Entries, e => e.Message == "Slack work queue drained");
    }
}
