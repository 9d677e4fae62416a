using System.Net;
using System.Text.Json;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Operations;

/// <summary>Before it reports ready the service answers slash commands of its own, which no metric counts.</summary>
public sealed class WarmUpScenarios
{
    private static readonly Dictionary<string, string?> WarmUpLogged = new()
    {
        ["ConfBot:WarmUp:Commands"] = "50",
        ["Logging:LogLevel:ConfBot.Hosting.WarmUp"] = "Information",
    };

    [Fact]
    public async Task The_service_is_ready_only_after_answering_its_own_slash_commands()
    {
        var logs = new RecordingLogs();
        await using var service = await ConfBotService.StartAsync(settings: WarmUpLogged, logs: logs);

        var ready = await service.Client.GetAsync("readyz");
        var checks = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("answer path warmed up", checks.GetProperty("warm-up").GetString());
        var warmed = Assert.Single(logs.Entries, e => e.Message.StartsWith("Warmed up: ", StringComparison.Ordinal));
        Assert.Matches(@"^Warmed up: (\d+) of \1 slash commands answered, in \d+ rounds", warmed.Message);
    }

    [Fact]
    public async Task Warm_up_commands_are_not_counted_and_nothing_is_posted_to_Slack()
    {
        await using var service = await ConfBotService.StartAsync(settings: WarmUpLogged);

        var metrics = await MetricsScrape.ReadAsync(service.Client);

        Assert.Equal(0, metrics.Sum("confbot_http_requests_total", "route=\"/slack/commands\""));
        Assert.Equal(0, metrics.Sum("confbot_slack_ack_seconds_count"));
        Assert.Equal(0, metrics.Sum("confbot_answer_seconds_count"));
        Assert.DoesNotContain(service.Slack.Calls, c => !c.Path.EndsWith("auth.test", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_the_warm_up_off_the_service_is_ready_without_it()
    {
        var logs = new RecordingLogs();
        await using var service = await ConfBotService.StartAsync(
            settings: new Dictionary<string, string?>(WarmUpLogged) { ["ConfBot:WarmUp:Commands"] = "0" }, logs: logs);

        var ready = await service.Client.GetAsync("readyz");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.DoesNotContain(logs.Entries, e => e.Message.StartsWith("Warmed up", StringComparison.Ordinal));
    }
}
