using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Scenarios;

public sealed class SocketModeScenarios
{
    [Fact]
    public async Task Direct_message_over_socket_mode_is_acked_and_answered_in_the_dm()
    {
        await using var service = await ConfBotService.StartAsync(mode: "Socket");
        var socket = await service.Slack.NextSocketAsync();
        await socket.SendHelloAsync();

        await socket.SendAsync(SlackPayloads.SocketEnvelope("events_api", SlackPayloads.DirectMessage("vault"), "env-dm-1"));
        var ack = await socket.ReceiveAsync();
        var posted = await service.Slack.WaitForCallAsync("chat.postMessage");

        Assert.Equal("env-dm-1", ack.GetProperty("envelope_id").GetString());
        Assert.Equal(SlackPayloads.DmChannel, posted.Field("channel"));
        Assert.Contains("Vault", posted.Body, StringComparison.Ordinal);
        Assert.Equal("Bearer xapp-test-token", service.Slack.CallsTo("apps.connections.open")[0].Authorization);
    }

    [Fact]
    public async Task Socket_mode_reconnects_after_slack_drops_the_connection_and_keeps_answering()
    {
        await using var service = await ConfBotService.StartAsync(mode: "Socket");
        var first = await service.Slack.NextSocketAsync();
        await first.SendHelloAsync();

        first.Abort();
        var second = await service.Slack.NextSocketAsync();
        await second.SendHelloAsync();
        await second.SendAsync(SlackPayloads.SocketEnvelope("events_api", SlackPayloads.DirectMessage("hello", eventId: "Ev0AFTERDROP"), "env-dm-2"));
        var posted = await service.Slack.WaitForCallAsync("chat.postMessage");

        Assert.True(service.Slack.CallsTo("apps.connections.open").Count >= 2);
        Assert.Equal(SlackPayloads.DmChannel, posted.Field("channel"));
        Assert.Contains("conference notes", posted.Body, StringComparison.Ordinal);
    }
}
