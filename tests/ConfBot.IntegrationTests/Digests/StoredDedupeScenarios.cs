using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Digests;

/// <summary>Slack retries dropped by the stored dedupe memory: by another replica, and after a restart.</summary>
public sealed class StoredDedupeScenarios
{
    [SkippableFact]
    public async Task Retry_delivered_to_another_replica_is_answered_once()
    {
        await using var schema = await PostgresSchema.CreateAsync();
        await using var slack = await FakeSlack.StartAsync();
        await using var first = await ConfBotService.StartAsync(slack: slack, settings: schema.Settings);
        await using var second = await ConfBotService.StartAsync(slack: slack, settings: schema.Settings);
        var mention = SlackPayloads.AppMention("vault", eventId: "Ev0REPLICAS");

        await first.PostEventAsync(mention);
        await slack.WaitForCallAsync("chat.postMessage");
        await second.PostEventAsync(mention, Retry);
        await second.WaitForWorkAsync(1);

        Assert.Single(slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Retry_after_a_restart_is_answered_once()
    {
        var stateFile = Path.Combine(Path.GetTempPath(), $"confbot-dedupe-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?> { ["ConfBot:Storage:SqlitePath"] = stateFile };
        await using var slack = await FakeSlack.StartAsync();
        var mention = SlackPayloads.AppMention("vault", eventId: "Ev0RESTART");
        try
        {
            await using (var before = await ConfBotService.StartAsync(slack: slack, settings: settings))
            {
                await before.PostEventAsync(mention);
                await slack.WaitForCallAsync("chat.postMessage");
            }
            await using (var after = await ConfBotService.StartAsync(slack: slack, settings: settings))
            {
                await after.PostEventAsync(mention, Retry);
                await after.WaitForWorkAsync(1);
            }

            Assert.Single(slack.CallsTo("chat.postMessage"));
        }
        finally
        {
            foreach (var file in new[] { stateFile, stateFile + "-wal", stateFile + "-shm" })
                File.Delete(file);
        }
    }

    private static void Retry(HttpRequestMessage request)
    {
        request.Headers.Add("X-Slack-Retry-Num", "1");
        request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
    }
}
