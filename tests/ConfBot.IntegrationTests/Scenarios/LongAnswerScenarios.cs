using System.Globalization;
using System.Text;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Scenarios;

/// <summary>
/// A talk with many links and action points answered by DM: Slack refuses messages whose blocks hold more than
/// about 12,000 characters (slackapi/bolt-js#2509), so the answer must arrive as one message under that budget.
/// </summary>
public sealed class LongAnswerScenarios
{
    [Fact]
    public async Task A_talk_with_twenty_links_and_sixty_action_points_is_answered_in_one_message_under_the_budget()
    {
        await using var service = await ConfBotService.StartAsync(settings: new Dictionary<string, string?> { ["ConfBot:Search:ReloadDebounce"] = "00:00:00.100" });
        await File.WriteAllTextAsync(Path.Combine(service.NotesFolder, "zz_linkfest.md"), Note());
        await Operations.MetricsScenarios.WaitForAsync(service, m => m.Sum("confbot_notes_reloads_total") >= 2);

        await service.PostEventAsync(SlackPayloads.DirectMessage("talk Linkfest of observability tooling", eventId: "Ev0LONG"));
        var reply = await service.Slack.WaitForCallAsync("chat.postMessage", c => c.Field("channel") == SlackPayloads.DmChannel);

        var text = reply.Json.GetProperty("blocks").EnumerateArray().Sum(b => b.TryGetProperty("text", out var t) && t.TryGetProperty("text", out var s) ? s.GetString()!.Length : 0);
        Assert.True(text <= 12_000, $"{text} characters of block text");
        Assert.Contains("Linkfest of observability tooling", reply.Body, StringComparison.Ordinal);
        Assert.Contains("more_", reply.Body, StringComparison.Ordinal);
        Assert.Single(service.Slack.CallsTo("chat.postMessage"), c => c.Field("channel") == SlackPayloads.DmChannel);
    }

    private static string Note()
    {
        var note = new StringBuilder("# Linkfest of observability tooling\n\nSpeaker: Ada Example\n\n");
        for (var i = 1; i <= 20; i++)
            note.Append(CultureInfo.InvariantCulture, $"- [Tool {i} documentation](https://tools{i}.example/docs/observability/getting-started/with/a/long/path/{i})\n");
        note.Append('\n');
        for (var i = 1; i <= 60; i++)
            note.Append(CultureInfo.InvariantCulture, $"- **Action point:** evaluate tool {i} against our current tracing, metrics and logging pipeline, run it beside the current one for a sprint on the staging cluster, and write up what would change for the on-call rota and the dashboards\n");
        return note.ToString();
    }
}
