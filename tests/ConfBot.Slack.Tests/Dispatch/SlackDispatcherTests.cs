using ConfBot.Slack.Dispatch;
using ConfBot.Slack.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Slack.Tests.Dispatch;

public sealed class SlackDispatcherTests : IDisposable
{
    private readonly ServiceProvider _services = DispatchServices.Build(configure: o => o.WorkQueueCapacity = 2);

    private SlackDispatcher Dispatcher => _services.GetRequiredService<SlackDispatcher>();

    [Fact]
    public void Url_verification_is_answered_with_the_challenge()
    {
        var ack = Dispatcher.AcceptEvent(Payloads.Json(Payloads.UrlVerification));

        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", ack.Challenge);
    }

    [Fact]
    public void Event_callback_is_queued_for_the_background() =>
        Assert.Equal(new EventAck(Acceptance.Queued), Dispatcher.AcceptEvent(Payloads.Json(Payloads.DirectMessage())));

    [Theory]
    [InlineData("""{"type":"event_callback","event":{"type":"message"}}""")]
    [InlineData("""{"event_id":"Ev1"}""")]
    [InlineData("[1,2]")]
    public void Event_body_missing_required_fields_is_invalid(string json) =>
        Assert.Equal(Acceptance.Invalid, Dispatcher.AcceptEvent(Payloads.Json(json)).Acceptance);

    [Fact]
    public void Other_envelope_types_are_acked_and_ignored() =>
        Assert.Equal(Acceptance.Ignored, Dispatcher.AcceptEvent(Payloads.Json("""{"type":"app_rate_limited","minute_rate_limited":1}""")).Acceptance);

    [Fact]
    public void Full_queue_refuses_so_Slack_retries()
    {
        Dispatcher.AcceptEvent(Payloads.Json(Payloads.DirectMessage(eventId: "Ev1")));
        Dispatcher.AcceptEvent(Payloads.Json(Payloads.DirectMessage(eventId: "Ev2")));

        Assert.Equal(Acceptance.Busy, Dispatcher.AcceptEvent(Payloads.Json(Payloads.DirectMessage(eventId: "Ev3"))).Acceptance);
    }

    [Fact]
    public void Block_actions_are_queued() =>
        Assert.Equal(Acceptance.Queued, Dispatcher.AcceptInteraction(Payloads.Json(Payloads.BlockActions)));

    [Fact]
    public void Other_interaction_types_are_acked_and_ignored() =>
        Assert.Equal(Acceptance.Ignored, Dispatcher.AcceptInteraction(Payloads.Json("""{"type":"view_closed","user":{"id":"U1"}}""")));

    [Theory]
    [InlineData("""{"type":"block_actions","actions":[{"action_id":"a"}]}""")]
    [InlineData("""{"type":"block_actions","user":{"id":"U1"},"actions":[]}""")]
    [InlineData("""{"user":{"id":"U1"}}""")]
    public void Interaction_missing_required_fields_is_invalid(string json) =>
        Assert.Equal(Acceptance.Invalid, Dispatcher.AcceptInteraction(Payloads.Json(json)));

    public void Dispose() => _services.Dispose();
}
