using ConfBot.IntegrationTests.TestSupport;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace ConfBot.IntegrationTests.Operations;

public sealed class LoggingScenarios
{
    private static readonly Dictionary<string, string?> Verbose = new()
    {
        ["Logging:LogLevel:Default"] = "Trace",
        // Polly's retry lines are filtered out by default; a leak in them would still be a leak.
        ["Logging:LogLevel:Polly"] = "Trace",
    };

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
        service.Slack.FailNext("response/links", 500);

        await service.PostEventAsync(SlackPayloads.AppMention("vault"));
        await service.PostCommandAsync(SlackPayloads.SlashCommand("vault", service.Slack.ResponseUrl("secret-check")));
        await service.PostSignedAsync("slack/commands", "text=x", "application/x-www-form-urlencoded", secret: "forged");
        await service.PostInteractionAsync(Payloads.ButtonClick("confbot_show_all_links", "nope", service.Slack.ResponseUrl("links")));
        await service.Slack.WaitForCallAsync("chat.postMessage", c => service.Slack.CallsTo("chat.postMessage").Count >= 2);
        await service.StopAsync();

        // Enough lines to mean something: the host's start, the pipeline's steps, the forged request and both failed
        // calls (logged once each by ConfBot; Polly's line per retry is filtered out as a repeat).
        Assert.True(logs.Entries.Count > 15, $"only {logs.Entries.Count} log entries");
        // A response_url is a credential too: anyone holding it may post as ConfBot for 30 minutes.
        foreach (var secret in new[] { "xoxb-test-token", "xapp-test-token", ConfBotService.SigningSecret, "response/secret-check", "response/links" })
            Assert.DoesNotContain(logs.Entries, e => e.AllText.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logs_of_socket_mode_never_contain_the_connection_ticket_or_the_app_token()
    {
        var logs = new RecordingLogs();
        await using var slack = await FakeSlack.StartAsync();
        // apps.connections.open hands out a URL whose ticket lets anyone connect as the app (Slack's docs, "Using Socket Mode").
        var ticketed = new Uri(slack.BaseAddress, "socket?ticket=secret-ticket-1234&app_id=A111").ToString().Replace("http://", "ws://", StringComparison.Ordinal);
        slack.Script("apps.connections.open", 200, $$"""{"ok":true,"url":"{{ticketed}}"}""");
        await using var service = await ConfBotService.StartAsync(mode: "Socket", slack: slack, settings: Verbose, logs: logs);

        var socket = await slack.NextSocketAsync();
        await socket.SendHelloAsync();
        await socket.SendAsync("""{"type":"disconnect","reason":"refresh_requested","debug_info":{"host":"wss-111.slack.com"}}""");
        await (await slack.NextSocketAsync()).SendHelloAsync();
        await service.StopAsync();

        Assert.Contains(logs.Entries, e => e.AllText.Contains("Socket Mode", StringComparison.Ordinal));
        foreach (var secret in new[] { "secret-ticket-1234", "xapp-test-token", "xoxb-test-token" })
            Assert.DoesNotContain(logs.Entries, e => e.AllText.Contains(secret, StringComparison.Ordinal));
    }
}
