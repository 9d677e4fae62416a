using ConfBot.IntegrationTests.TestSupport;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace ConfBot.IntegrationTests.Operations;

public sealed class LoggingScenarios
{
    private static readonly Dictionary<string, string?> Verbose = new() { ["Logging:LogLevel:Default"] = "Trace" };

    [Fact]
    public async Task Logs_are_json_lines_with_scopes()
    {
        await using var service = await ConfBotService.StartAsync();

        var console = service.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        var json = service.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;

        Assert.Equal(ConsoleFormatterNames.Json, console.FormatterName);
        Assert.True(json.IncludeScopes);
    }

    [Fact]
    public async Task Every_line_logged_while_handling_an_event_carries_the_slack_event_id()
    {
        var logs = new RecordingLogs();
        await using var service = await ConfBotService.StartAsync(settings: Verbose, logs: logs);

        await service.PostEventAsync(SlackPayloads.AppMention("vault", eventId: "Ev0SCOPED"));
        await service.WaitForWorkAsync(1);

        var handling = logs.Entries.Where(e => e.Category.StartsWith("ConfBot.Slack.Pipeline.", StringComparison.Ordinal)
            || e.Category.StartsWith("ConfBot.Slack.Handlers", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(handling);
        Assert.All(handling, e => Assert.Contains(e.Values, v => v.Key == "SlackEventId" && v.Value == "Ev0SCOPED"));
    }

    [Fact]
    public async Task Logs_of_a_busy_scenario_never_contain_a_token_or_the_signing_secret()
    {
        var logs = new RecordingLogs();
        await using var service = await ConfBotService.StartAsync(settings: Verbose, logs: logs);
        service.Slack.FailNext("chat.postMessage", 500);

        await service.PostEventAsync(SlackPayloads.AppMention("vault"));
        await service.PostCommandAsync(SlackPayloads.SlashCommand("vault", service.Slack.ResponseUrl("secret-check")));
        await service.PostSignedAsync("slack/commands", "text=x", "application/x-www-form-urlencoded", secret: "forged");
        await service.PostInteractionAsync(Payloads.ButtonClick("confbot_show_all_links", "nope", service.Slack.ResponseUrl("links")));
        await service.Slack.WaitForCallAsync("chat.postMessage", c => service.Slack.CallsTo("chat.postMessage").Count >= 2);
        await service.StopAsync();

        Assert.True(logs.Entries.Count > 20, $"only {logs.Entries.Count} log entries");
        foreach (var secret in new[] { "xoxb-test-token", "xapp-test-token", ConfBotService.SigningSecret })
            Assert.DoesNotContain(logs.Entries, e => e.AllText.Contains(secret, StringComparison.Ordinal));
    }
}
