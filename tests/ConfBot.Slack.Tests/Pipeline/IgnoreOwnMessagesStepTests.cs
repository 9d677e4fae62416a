using ConfBot.Slack.Events;
using ConfBot.Slack.Pipeline;
using ConfBot.Slack.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Slack.Tests.Pipeline;

/// <summary>Each rule is also exercised end to end in <see cref="EventHandlingTests"/>.</summary>
public sealed class IgnoreOwnMessagesStepTests : IDisposable
{
    private readonly ServiceProvider _services = DispatchServices.Build();
    private readonly NextStep _next = new();

    private Task<SlackAnswer> RunAsync(string innerEvent) =>
        _next.After(_services.GetRequiredService<IgnoreOwnMessagesStep>(), new SlackDelivery
        {
            Kind = SlackDeliveryKind.Event,
            Envelope = new EventEnvelope { Type = "event_callback", EventId = "Ev1", Event = Payloads.Json(innerEvent) },
        });

    [Fact]
    public async Task A_persons_message_goes_on_with_its_header_read()
    {
        await RunAsync("""{"type":"message","user":"U2","channel":"C1","ts":"1.1","text":"hi"}""");

        Assert.Equal(new EventHeader { Type = "message", User = "U2", Channel = "C1", Ts = "1.1" }, _next.Single.Header);
    }

    [Theory]
    [InlineData("""{"type":"message","user":"UBOT","channel":"C1","ts":"1.1"}""")]
    [InlineData("""{"type":"message","user":"U2","bot_id":"B2","channel":"C1","ts":"1.1"}""")]
    [InlineData("""{"type":"message","subtype":"message_changed","channel":"C1","ts":"1.1"}""")]
    [InlineData("""{"channel":"C1"}""")]
    public async Task The_apps_own_other_bots_edited_and_malformed_messages_go_no_further(string innerEvent)
    {
        Assert.Equal(SlackAnswer.Ignored, await RunAsync(innerEvent));
        Assert.Empty(_next.Received);
    }

    public void Dispose() => _services.Dispose();
}
