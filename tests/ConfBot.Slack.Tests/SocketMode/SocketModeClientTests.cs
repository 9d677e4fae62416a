using ConfBot.Slack.Commands;
using ConfBot.Slack.Events;
using ConfBot.Slack.SocketMode;
using ConfBot.Slack.Tests.TestSupport;

namespace ConfBot.Slack.Tests.SocketMode;

public sealed class SocketModeClientTests
{
    private const string MentionEnvelope =
        """{"envelope_id":"cda4159a-72a5-4744-aba3-4d66eb52682b","payload":{"token":"verification-token","team_id":"T111","api_app_id":"A111","event":{"client_msg_id":"f0582a78","type":"app_mention","text":"<@U111>","user":"U222","ts":"1610241741.000200","team":"T111","channel":"C111","event_ts":"1610241741.000200"},"type":"event_callback","event_id":"Ev111","event_time":1610241741,"is_ext_shared_channel":false,"event_context":"1-app_mention-T111-C111"},"type":"events_api","accepts_response_payload":false,"retry_attempt":0,"retry_reason":""}""";

    private const string CommandEnvelope =
        """{"envelope_id":"1d3c79ab-0ffb-41f3-a080-d19e85f53649","payload":{"token":"verification-token","team_id":"T111","team_domain":"xxx","channel_id":"C111","channel_name":"random","user_id":"U111","user_name":"testxyz","command":"/confbot","text":"hello","api_app_id":"A111","response_url":"https://hooks.slack.com/commands/T111/111/xxx","trigger_id":"111.222.xxx"},"type":"slash_commands","accepts_response_payload":true}""";

    [Fact]
    public async Task Hello_marks_the_connection_connected_after_opening_with_the_app_token()
    {
        await using var host = await SocketModeHost.StartAsync();

        var socket = await host.NextSocketAsync();
        await socket.SendHelloAsync();

        await host.WaitForStateAsync(SocketModeState.Connected);
        Assert.Equal("Bearer xapp-test-token", (await host.Slack.NextCallAsync("apps.connections.open")).Authorization);
    }

    [Fact]
    public async Task Event_envelope_is_acked_by_envelope_id_and_handled()
    {
        await using var host = await SocketModeHost.StartAsync();
        var socket = await host.NextSocketAsync();
        await socket.SendHelloAsync();

        await socket.SendAsync(MentionEnvelope);

        var ack = await socket.ReceiveAsync();
        Assert.Equal("cda4159a-72a5-4744-aba3-4d66eb52682b", ack.GetProperty("envelope_id").GetString());
        Assert.False(ack.TryGetProperty("payload", out _));
        Assert.Equal("U222", (await host.Log.NextAsync<AppMention>()).User);
    }

    [Fact]
    public async Task Slash_command_ack_carries_the_reply_as_payload()
    {
        await using var host = await SocketModeHost.StartAsync();
        var socket = await host.NextSocketAsync();
        await socket.SendHelloAsync();

        await socket.SendAsync(CommandEnvelope);

        var ack = await socket.ReceiveAsync();
        Assert.Equal("1d3c79ab-0ffb-41f3-a080-d19e85f53649", ack.GetProperty("envelope_id").GetString());
        Assert.Equal("echo hello", ack.GetProperty("payload").GetProperty("text").GetString());
        Assert.Equal("U111", (await host.Log.NextAsync<SlashCommand>()).UserId);
    }

    [Fact]
    public async Task Reconnects_after_slack_closes_the_socket()
    {
        await using var host = await SocketModeHost.StartAsync();
        var first = await host.NextSocketAsync();
        await first.SendHelloAsync();
        await host.WaitForStateAsync(SocketModeState.Connected);

        await first.CloseAsync();
        var second = await host.NextSocketAsync();
        await second.SendHelloAsync();

        await host.WaitForStateAsync(SocketModeState.Connected);
        Assert.Equal(2, host.Slack.Calls.Count(c => c.Path == "apps.connections.open"));
    }

    [Fact]
    public async Task Reconnects_after_the_connection_is_cut()
    {
        await using var host = await SocketModeHost.StartAsync();
        var first = await host.NextSocketAsync();
        await first.SendHelloAsync();
        await host.WaitForStateAsync(SocketModeState.Connected);

        first.Abort();
        var second = await host.NextSocketAsync();
        await second.SendHelloAsync();

        await host.WaitForStateAsync(SocketModeState.Connected);
    }

    [Fact]
    public async Task Reconnects_when_slack_sends_disconnect()
    {
        await using var host = await SocketModeHost.StartAsync();
        var first = await host.NextSocketAsync();
        await first.SendHelloAsync();

        await first.SendAsync("""{"type":"disconnect","reason":"refresh_requested","debug_info":{"host":"wss-111.slack.com"}}""");
        var second = await host.NextSocketAsync();
        await second.SendHelloAsync();
        await second.SendAsync(MentionEnvelope);

        Assert.Equal("cda4159a-72a5-4744-aba3-4d66eb52682b", (await second.ReceiveAsync()).GetProperty("envelope_id").GetString());
    }

    [Fact]
    public async Task Keeps_trying_when_opening_a_connection_fails()
    {
        await using var host = await SocketModeHost.StartAsync(slack =>
        {
            slack.Script("apps.connections.open", 200, """{"ok":false,"error":"internal_error"}""");
            slack.Script("apps.connections.open", 200, """{"ok":true,"url":"not a url"}""");
        });

        var socket = await host.NextSocketAsync();
        await socket.SendHelloAsync();

        await host.WaitForStateAsync(SocketModeState.Connected);
        Assert.Equal(3, host.Slack.Calls.Count(c => c.Path == "apps.connections.open"));
    }

    [Fact]
    public async Task An_outage_is_one_warning_without_a_stack_trace_and_its_end_one_line()
    {
        await using var host = await SocketModeHost.StartAsync(slack =>
        {
            for (var attempt = 0; attempt < 3; attempt++)
                slack.Script("apps.connections.open", 200, """{"ok":false,"error":"internal_error"}""");
        });

        var socket = await host.NextSocketAsync();
        await socket.SendHelloAsync();
        await host.WaitForStateAsync(SocketModeState.Connected);

        var lines = host.Logs.Lines.Where(line => line.StartsWith(typeof(SocketModeClient).FullName!, StringComparison.Ordinal)).ToList();
        var warning = Assert.Single(lines, line => line.Contains(" Warning: ", StringComparison.Ordinal));
        Assert.Contains("cannot connect (", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", warning, StringComparison.Ordinal);
        Assert.Equal(2, lines.Count(line => line.Contains(" Debug: Socket Mode connection attempt failed again", StringComparison.Ordinal)));
        Assert.Single(lines, line => line.Contains("Socket Mode connected again after failing for", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Link_disabled_stops_the_client_for_good_and_says_why()
    {
        await using var host = await SocketModeHost.StartAsync();
        var socket = await host.NextSocketAsync();
        await socket.SendHelloAsync();

        await socket.SendAsync("""{"type":"disconnect","reason":"link_disabled","debug_info":{"host":"wss-111.slack.com"}}""");
        await host.WaitForStateAsync(SocketModeState.Disabled);

        Assert.Contains("link_disabled", host.Status.StoppedBecause, StringComparison.Ordinal);
        Assert.Single(host.Slack.Calls, c => c.Path == "apps.connections.open");
    }

    [Theory]
    [InlineData("invalid_auth")]
    [InlineData("token_revoked")]
    public async Task An_app_token_slack_refuses_stops_the_client_naming_the_setting(string error)
    {
        await using var host = await SocketModeHost.StartAsync(slack => slack.Script("apps.connections.open", 200, $$"""{"ok":false,"error":"{{error}}"}"""));

        await host.WaitForStateAsync(SocketModeState.Disabled);

        Assert.Contains("ConfBot:Slack:AppToken", host.Status.StoppedBecause, StringComparison.Ordinal);
        Assert.Contains(error, host.Status.StoppedBecause, StringComparison.Ordinal);
        Assert.Single(host.Slack.Calls, c => c.Path == "apps.connections.open");
    }

    [Fact]
    public async Task A_connection_that_stops_answering_the_keep_alive_is_dropped_and_opened_again()
    {
        await using var host = await SocketModeHost.StartAsync(configure: o => o.SocketSilenceTimeout = TimeSpan.FromMilliseconds(600));
        var silent = await host.NextSocketAsync();
        await silent.SendHelloAsync();
        await host.WaitForStateAsync(SocketModeState.Connected);

        // Slack's end now reads nothing, so ConfBot's pings go unanswered, as on a connection that died quietly.
        var next = await host.NextSocketAsync();
        await next.SendHelloAsync();

        await host.WaitForStateAsync(SocketModeState.Connected);
        Assert.Equal(2, host.Slack.Calls.Count(c => c.Path == "apps.connections.open"));
    }

    [Fact]
    public async Task A_refresh_during_a_slow_command_opens_the_new_connection_first_and_the_ack_goes_on_it()
    {
        var gate = new TaskCompletionSource();
        await using var host = await SocketModeHost.StartAsync(configure: o => o.CommandAckDeadline = TimeSpan.FromSeconds(2.9));
        host.Commands.Reply = async command =>
        {
            await gate.Task;
            return SlashCommandResponse.Ephemeral($"late {command.Text}");
        };
        var first = await host.NextSocketAsync();
        await first.SendHelloAsync();
        await first.SendAsync(CommandEnvelope);
        await host.Log.NextAsync<SlashCommand>();

        await first.SendAsync("""{"type":"disconnect","reason":"refresh_requested","debug_info":{"host":"wss-111.slack.com"}}""");
        var second = await host.NextSocketAsync();
        await second.SendHelloAsync();
        // An envelope acked on the new connection shows it is the one acks now go on.
        await second.SendAsync(MentionEnvelope);
        Assert.Equal("cda4159a-72a5-4744-aba3-4d66eb52682b", (await second.ReceiveAsync()).GetProperty("envelope_id").GetString());
        gate.SetResult();

        var ack = await second.ReceiveAsync();
        Assert.Equal("1d3c79ab-0ffb-41f3-a080-d19e85f53649", ack.GetProperty("envelope_id").GetString());
        Assert.Equal("late hello", ack.GetProperty("payload").GetProperty("text").GetString());
        Assert.Equal(SocketModeState.Connected, host.Status.State);
    }
}
