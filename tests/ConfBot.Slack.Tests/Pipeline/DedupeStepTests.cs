using ConfBot.Slack.Events;
using ConfBot.Slack.Pipeline;
using ConfBot.Slack.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Slack.Tests.Pipeline;

public sealed class DedupeStepTests : IDisposable
{
    private readonly ServiceProvider _services = DispatchServices.Build();
    private readonly NextStep _next = new();

    private Task<SlackAnswer> RunAsync(string eventId, string type = "message", string ts = "1.1") =>
        _next.After(_services.GetRequiredService<DedupeStep>(), new SlackDelivery
        {
            Kind = SlackDeliveryKind.Event,
            Envelope = new EventEnvelope { Type = "event_callback", EventId = eventId },
            Header = new EventHeader { Type = type, Channel = "C1", Ts = ts },
        });

    [Fact]
    public async Task A_retry_with_the_same_event_id_goes_no_further()
    {
        await RunAsync("Ev1");

        Assert.Equal(SlackAnswer.Ignored, await RunAsync("Ev1"));
        Assert.Single(_next.Received);
    }

    [Fact]
    public async Task The_same_message_under_a_new_event_id_goes_no_further()
    {
        await RunAsync("Ev1");

        Assert.Equal(SlackAnswer.Ignored, await RunAsync("Ev2"));
        Assert.Single(_next.Received);
    }

    [Fact]
    public async Task One_message_seen_as_both_a_message_and_a_mention_goes_on_as_each()
    {
        await RunAsync("Ev1", type: "message");
        await RunAsync("Ev2", type: "app_mention");

        Assert.Equal(2, _next.Received.Count);
    }

    public void Dispose() => _services.Dispose();
}
