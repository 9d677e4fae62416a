using ConfBot.Slack.Pipeline;
using ConfBot.Slack.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Slack.Tests.Pipeline;

/// <summary>The pipeline as Socket Mode drives it (no signature); the HTTP-only steps are covered in their own tests.</summary>
public sealed class SlackPipelineTests : IDisposable
{
    private readonly ServiceProvider _services = DispatchServices.Build(configure: o => o.WorkQueueCapacity = 2);

    private Task<SlackAnswer> AcceptEvent(string json) => _services.DeliverAsync(SlackDeliveryKind.Event, json);

    private async Task<Acceptance> AcceptInteraction(string json) => (await _services.DeliverAsync(SlackDeliveryKind.Interaction, json)).Acceptance;

    [Fact]
    public async Task Url_verification_is_answered_with_the_challenge()
    {
        var ack = await AcceptEvent(Payloads.UrlVerification);

        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", ack.Challenge);
    }

    [Fact]
    public async Task Event_callback_is_queued_for_the_background() =>
        Assert.Equal(SlackAnswer.Queued, await AcceptEvent(Payloads.DirectMessage()));

    [Theory]
    [InlineData("""{"type":"event_callback","event":{"type":"message"}}""")]
    [InlineData("""{"event_id":"Ev1"}""")]
    [InlineData("[1,2]")]
    public async Task Event_body_missing_required_fields_is_invalid(string json) =>
        Assert.Equal(Acceptance.Invalid, (await AcceptEvent(json)).Acceptance);

    [Fact]
    public async Task Other_envelope_types_are_acked_and_ignored() =>
        Assert.Equal(Acceptance.Ignored, (await AcceptEvent("""{"type":"app_rate_limited","minute_rate_limited":1}""")).Acceptance);

    [Fact]
    public async Task Full_queue_refuses_so_Slack_retries()
    {
        await AcceptEvent(Payloads.DirectMessage(eventId: "Ev1"));
        await AcceptEvent(Payloads.DirectMessage(eventId: "Ev2"));

        Assert.Equal(Acceptance.Busy, (await AcceptEvent(Payloads.DirectMessage(eventId: "Ev3"))).Acceptance);
    }

    [Fact]
    public async Task Block_actions_are_queued() =>
        Assert.Equal(Acceptance.Queued, await AcceptInteraction(Payloads.BlockActions));

    [Fact]
    public async Task Other_interaction_types_are_acked_and_ignored() =>
        Assert.Equal(Acceptance.Ignored, await AcceptInteraction("""{"type":"block_suggestion","user":{"id":"U1"}}"""));

    [Theory]
    [InlineData("""{"type":"block_actions","actions":[{"action_id":"a"}]}""")]
    [InlineData("""{"type":"block_actions","user":{"id":"U1"},"actions":[]}""")]
    [InlineData("""{"user":{"id":"U1"}}""")]
    public async Task Interaction_missing_required_fields_is_invalid(string json) =>
        Assert.Equal(Acceptance.Invalid, await AcceptInteraction(json));

    public void Dispose() => _services.Dispose();
}
