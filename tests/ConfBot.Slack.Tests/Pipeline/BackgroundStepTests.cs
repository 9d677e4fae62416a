using System.Text.Json;
using ConfBot.Slack.Pipeline;
using ConfBot.Slack.Serialization;
using ConfBot.Slack.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Slack.Tests.Pipeline;

public sealed class BackgroundStepTests : IDisposable
{
    private readonly ServiceProvider _services = DispatchServices.Build(configure: o => o.WorkQueueCapacity = 1);
    private readonly NextStep _next = new();

    private BackgroundStep Step => _services.GetRequiredService<BackgroundStep>();

    private static SlackDelivery Event(string eventId) =>
        new() { Kind = SlackDeliveryKind.Event, Envelope = new() { Type = "event_callback", EventId = eventId } };

    [Fact]
    public async Task An_event_is_acked_as_queued_and_the_rest_runs_only_on_the_worker()
    {
        Assert.Equal(SlackAnswer.Queued, await _next.After(Step, Event("Ev1")));
        Assert.Empty(_next.Received);

        await _services.RunQueuedAsync();

        Assert.Equal("Ev1", _next.Single.Envelope?.EventId);
    }

    [Fact]
    public async Task Block_actions_are_queued_too()
    {
        var click = new SlackDelivery { Kind = SlackDeliveryKind.Interaction, BlockActions = JsonSerializer.Deserialize(Payloads.BlockActions, SlackJsonContext.Default.BlockActionRequest) };

        Assert.Equal(SlackAnswer.Queued, await _next.After(Step, click));
        Assert.Empty(_next.Received);
    }

    [Fact]
    public async Task A_full_queue_answers_busy_so_slack_retries()
    {
        await _next.After(Step, Event("Ev1"));

        Assert.Equal(SlackAnswer.Busy, await _next.After(Step, Event("Ev2")));
    }

    [Fact]
    public async Task A_command_goes_on_at_once_to_be_answered_within_its_deadline()
    {
        var command = new SlackDelivery { Kind = SlackDeliveryKind.Command, Command = new() { Command = "/confbot", Text = "", UserId = "U1", ChannelId = "C1", TeamId = "T1", ResponseUrl = "https://hooks.slack.com/x" } };

        Assert.Equal(NextStep.Answer, await _next.After(Step, command));
    }

    public void Dispose() => _services.Dispose();
}
