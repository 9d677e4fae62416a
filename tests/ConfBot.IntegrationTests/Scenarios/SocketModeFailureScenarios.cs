using System.Net;
using System.Text.Json;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Scenarios;

/// <summary>Socket Mode as Slack really ends it: a connection gone quiet, and Socket Mode turned off for the app.</summary>
public sealed class SocketModeFailureScenarios
{
    [Fact]
    public async Task A_connection_gone_silent_is_reopened_and_the_service_is_not_ready_until_slack_says_hello_again()
    {
        await using var service = await ConfBotService.StartAsync(mode: "Socket", settings: new Dictionary<string, string?> { ["ConfBot:Slack:SocketSilenceTimeout"] = "00:00:05" });
        var silent = await service.Slack.NextSocketAsync();
        // The connection goes silent as soon as hello is sent; only once Slack is all that readiness waits for can a
        // probe see it ready within the silence timeout, however busy the machine (index loading took longer than
        // the timeout on a loaded machine, and the probe never saw it ready).
        await WaitForReasonAsync(service, reason => reason == "slack: Socket Mode is connecting");
        await silent.SendHelloAsync();
        Assert.Equal(HttpStatusCode.OK, (await WaitForReasonAsync(service, reason => reason is null)).Status);

        // Slack's end reads nothing from here on, so the keep-alive goes unanswered.
        var reopened = await service.Slack.NextSocketAsync();
        var between = await Readiness(service);
        await reopened.SendHelloAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, between.Status);
        Assert.Equal("slack: Socket Mode is connecting", between.Reason);
        Assert.Equal(HttpStatusCode.OK, (await WaitForReasonAsync(service, reason => reason is null)).Status);
    }

    [Fact]
    public async Task Link_disabled_stops_socket_mode_with_readiness_naming_it_and_no_more_connections_opened()
    {
        await using var service = await ConfBotService.StartAsync(mode: "Socket");
        var socket = await service.Slack.NextSocketAsync();
        await socket.SendHelloAsync();

        // Shape from Slack's Socket Mode docs ("disconnect" events), as python-slack-sdk's tests send it.
        await socket.SendAsync("""{"type":"disconnect","reason":"link_disabled","debug_info":{"host":"wss-111.slack.com"}}""");
        var stopped = await WaitForReasonAsync(service, reason => reason?.Contains("link_disabled", StringComparison.Ordinal) == true);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, stopped.Status);
        Assert.StartsWith("slack: Socket Mode stopped", stopped.Reason, StringComparison.Ordinal);
        Assert.Single(service.Slack.CallsTo("apps.connections.open"));
    }

    private static async Task<(HttpStatusCode Status, string? Reason)> Readiness(ConfBotService service)
    {
        var response = await service.Client.GetAsync("readyz");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, body.TryGetProperty("reason", out var reason) ? reason.GetString() : null);
    }

    // Readiness has no event to await: it is asked, as a probe would, until it says what is expected.
    private static async Task<(HttpStatusCode Status, string? Reason)> WaitForReasonAsync(ConfBotService service, Func<string?, bool> expected)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var readiness = await Readiness(service);
            if (expected(readiness.Reason) || DateTimeOffset.UtcNow > deadline)
                return readiness;
            await Task.Delay(50);
        }
    }
}
