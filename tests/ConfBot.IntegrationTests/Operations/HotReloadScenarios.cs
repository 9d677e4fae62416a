using System.Net;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Operations;

public sealed class HotReloadScenarios
{
    [Fact]
    public async Task Corrupted_note_dropped_at_runtime_leaves_the_index_serving_and_the_service_ready()
    {
        await using var service = await ConfBotService.StartAsync(settings: new Dictionary<string, string?> { ["ConfBot:Search:ReloadDebounce"] = "00:00:00.100" });
        var talksBefore = (await MetricsScrape.ReadAsync(service.Client)).Sum("confbot_talks_indexed");

        var garbage = new byte[4096];
        new Random(6).NextBytes(garbage);
        await File.WriteAllBytesAsync(Path.Combine(service.NotesFolder, "corrupted.md"), garbage);
        var metrics = await MetricsScenarios.WaitForAsync(service, m => m.Sum("confbot_notes_reloads_total") >= 2);
        var ack = await service.PostCommandAsync(SlackPayloads.SlashCommand("vault", service.Slack.ResponseUrl("after")));
        var reply = await SlashReplies.ReadAsync(ack, service.Slack, "after");
        var ready = await service.Client.GetAsync("readyz");

        Assert.Equal(2, metrics.Sum("confbot_notes_reloads_total"));
        Assert.Equal(1, metrics.Sum("confbot_notes_reload_errors_total"));
        Assert.Equal(talksBefore, metrics.Sum("confbot_talks_indexed"));
        Assert.Contains("Vault", reply, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
