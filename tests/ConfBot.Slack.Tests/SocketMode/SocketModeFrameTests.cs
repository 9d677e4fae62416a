using System.Text.Json;
using ConfBot.Slack.Commands;
using ConfBot.Slack.Serialization;
using ConfBot.Slack.SocketMode;

namespace ConfBot.Slack.Tests.SocketMode;

public sealed class SocketModeFrameTests
{
    private static SocketModeFrame Parse(string json) => JsonSerializer.Deserialize(json, SlackJsonContext.Default.SocketModeFrame)!;

    [Fact]
    public void Reads_hello()
    {
        var frame = Parse("""{"type":"hello","num_connections":2,"debug_info":{"host":"applink-111-xxx","build_number":10,"approximate_connection_time":18060},"connection_info":{"app_id":"A111"}}""");

        Assert.Equal(SocketModeFrame.Hello, frame.Type);
        Assert.Equal(2, frame.NumConnections);
    }

    [Fact]
    public void Reads_disconnect_reason()
    {
        var frame = Parse("""{"type":"disconnect","reason":"refresh_requested","debug_info":{"host":"wss-111.slack.com"}}""");

        Assert.Equal(SocketModeFrame.Disconnect, frame.Type);
        Assert.Equal("refresh_requested", frame.Reason);
    }

    [Fact]
    public void Reads_slash_command_envelope_and_its_payload()
    {
        var frame = Parse("""{"envelope_id":"1d3c79ab-0ffb-41f3-a080-d19e85f53649","payload":{"token":"verification-token","team_id":"T111","team_domain":"xxx","channel_id":"C111","channel_name":"random","user_id":"U111","user_name":"testxyz","command":"/hello-socket-mode","text":"","api_app_id":"A111","response_url":"https://hooks.slack.com/commands/T111/111/xxx","trigger_id":"111.222.xxx"},"type":"slash_commands","accepts_response_payload":true}""");

        Assert.Equal("1d3c79ab-0ffb-41f3-a080-d19e85f53649", frame.EnvelopeId);
        Assert.True(frame.AcceptsResponsePayload);
        var command = frame.Payload!.Value.Deserialize(SlackJsonContext.Default.SlashCommand)!;
        Assert.Equal("/hello-socket-mode", command.Command);
        Assert.Equal("U111", command.UserId);
        Assert.Equal("https://hooks.slack.com/commands/T111/111/xxx", command.ResponseUrl);
    }

    [Fact]
    public void Reads_events_api_envelope_with_retry_attempt()
    {
        var frame = Parse("""{"envelope_id":"e1","payload":{"type":"event_callback"},"type":"events_api","accepts_response_payload":false,"retry_attempt":1,"retry_reason":"timeout"}""");

        Assert.Equal(SocketModeFrame.EventsApi, frame.Type);
        Assert.Equal(1, frame.RetryAttempt);
        Assert.False(frame.AcceptsResponsePayload);
    }

    [Fact]
    public void Ack_carries_envelope_id_and_optional_payload()
    {
        Assert.Equal("""{"envelope_id":"e1"}""", JsonSerializer.Serialize(new SocketModeAck("e1"), SlackJsonContext.Default.SocketModeAck));
        Assert.Equal(
            """{"envelope_id":"e1","payload":{"response_type":"in_channel","text":"hi"}}""",
            JsonSerializer.Serialize(new SocketModeAck("e1", SlashCommandResponse.InChannel("hi")), SlackJsonContext.Default.SocketModeAck));
    }
}
