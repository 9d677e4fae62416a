using ConfBot.Slack.Pipeline;
using ConfBot.Slack.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConfBot.Slack.Tests.Pipeline;

public sealed class PayloadStepTests
{
    private readonly NextStep _next = new();
    private readonly PayloadStep _step = new(NullLogger<PayloadStep>.Instance);

    private Task<SlackAnswer> ReadAsync(SlackDeliveryKind kind, string json) => _next.After(_step, SlackDelivery.FromSocket(kind, Payloads.Json(json)));

    [Fact]
    public async Task An_event_callback_is_read_as_its_envelope()
    {
        await ReadAsync(SlackDeliveryKind.Event, Payloads.DirectMessage(eventId: "Ev42"));

        Assert.Equal("Ev42", _next.Single.Envelope?.EventId);
    }

    [Fact]
    public async Task Block_actions_are_read_as_their_request()
    {
        await ReadAsync(SlackDeliveryKind.Interaction, Payloads.BlockActions);

        Assert.Equal("click_me_123", _next.Single.BlockActions?.Actions[0].Value);
    }

    [Fact]
    public async Task A_socket_mode_slash_command_is_read_from_its_json_fields()
    {
        await ReadAsync(SlackDeliveryKind.Command, """{"command":"/confbot","text":"hi","user_id":"U1","channel_id":"C1","team_id":"T1","response_url":"https://hooks.slack.com/x"}""");

        Assert.Equal("hi", _next.Single.Command?.Text);
    }

    [Fact]
    public async Task Interactions_other_than_block_actions_are_acked_and_ignored()
    {
        Assert.Equal(SlackAnswer.Ignored, await ReadAsync(SlackDeliveryKind.Interaction, """{"type":"block_suggestion","user":{"id":"U1"}}"""));
        Assert.Empty(_next.Received);
    }

    [Theory]
    [InlineData(nameof(SlackDeliveryKind.Event), """{"type":"event_callback","event":{"type":"message"}}""")]
    [InlineData(nameof(SlackDeliveryKind.Interaction), """{"type":"block_actions","user":{"id":"U1"},"actions":[]}""")]
    [InlineData(nameof(SlackDeliveryKind.Command), """{"text":"no command"}""")]
    public async Task Missing_required_fields_make_the_delivery_invalid(string kind, string json)
    {
        Assert.Equal(SlackAnswer.Invalid, await ReadAsync(Enum.Parse<SlackDeliveryKind>(kind), json));
        Assert.Empty(_next.Received);
    }
}
