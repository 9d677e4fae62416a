using System.Text.Json;
using ConfBot.Slack.Events;
using ConfBot.Slack.Serialization;
using ConfBot.Slack.Tests.TestSupport;

namespace ConfBot.Slack.Tests.Events;

public sealed class EventPayloadTests
{
    private static readonly SlackJsonContext Json = SlackJsonContext.Default;

    [Fact]
    public void Reads_the_event_callback_envelope_of_a_direct_message()
    {
        var envelope = JsonSerializer.Deserialize(Payloads.DirectMessage(), Json.EventEnvelope)!;

        Assert.Equal("event_callback", envelope.Type);
        Assert.Equal("Ev0PV52K21", envelope.EventId);
        Assert.Equal("T123ABC456", envelope.TeamId);
        Assert.Equal("A0PNCHHK2", envelope.ApiAppId);
        Assert.Equal(1355517523, envelope.EventTime);
        Assert.True(envelope.IsComplete);
    }

    [Fact]
    public void Reads_a_direct_message_event()
    {
        var envelope = JsonSerializer.Deserialize(Payloads.DirectMessage(), Json.EventEnvelope)!;
        var message = envelope.Event!.Value.Deserialize(Json.MessageEvent)!;

        Assert.Equal("message", message.Type);
        Assert.Equal("D024BE91L", message.Channel);
        Assert.Equal("U2147483697", message.User);
        Assert.Equal("Hello hello can you hear me?", message.Text);
        Assert.Equal("1355517523.000005", message.Ts);
        Assert.True(message.IsDirectMessage);
        Assert.Null(message.ThreadTs);
    }

    [Fact]
    public void Reads_thread_ts_subtype_and_bot_id_for_filtering()
    {
        var header = JsonSerializer.Deserialize(
            """{"type":"message","subtype":"bot_message","bot_id":"B1","text":"hi","ts":"1.2","thread_ts":"1.0","channel":"C1"}""", Json.EventHeader)!;

        Assert.Equal("bot_message", header.Subtype);
        Assert.Equal("B1", header.BotId);
        Assert.Null(header.User);
    }

    [Fact]
    public void Reads_an_app_mention()
    {
        var mention = JsonSerializer.Deserialize(Payloads.AppMentionEvent, Json.AppMention)!;

        Assert.Equal("U061F7AUR", mention.User);
        Assert.Equal("C123ABC456", mention.Channel);
        Assert.StartsWith("<@U0LAN0Z89>", mention.Text, StringComparison.Ordinal);
        Assert.Equal("1515449522.000016", mention.Ts);
    }

    [Fact]
    public void Reads_app_home_opened()
    {
        var opened = JsonSerializer.Deserialize(
            """{"type":"app_home_opened","user":"U123ABC456","channel":"D123ABC456","event_ts":"1515449522000016","tab":"home","view":{"id":"V1","bot_id":"B1"}}""",
            Json.AppHomeOpened)!;

        Assert.Equal("U123ABC456", opened.User);
        Assert.Equal("home", opened.Tab);
    }

    [Fact]
    public void Reads_url_verification_challenge()
    {
        var envelope = JsonSerializer.Deserialize(Payloads.UrlVerification, Json.EventEnvelope)!;

        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", envelope.Challenge);
        Assert.True(envelope.IsComplete);
    }

    [Theory]
    [InlineData("""{"type":"event_callback","event":{"type":"message"}}""")]
    [InlineData("""{"type":"event_callback","event_id":"Ev1"}""")]
    [InlineData("""{"type":"url_verification"}""")]
    public void Envelope_without_its_required_parts_is_incomplete(string json) =>
        Assert.False(JsonSerializer.Deserialize(json, Json.EventEnvelope)!.IsComplete);

    [Fact]
    public void Message_without_user_does_not_parse() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"type":"message","channel":"C","ts":"1"}""", Json.MessageEvent));
}
