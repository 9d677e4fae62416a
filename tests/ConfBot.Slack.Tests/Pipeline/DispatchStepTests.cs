using System.Text.Json;
using ConfBot.Slack.Commands;
using ConfBot.Slack.Events;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.Pipeline;
using ConfBot.Slack.Serialization;
using ConfBot.Slack.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Slack.Tests.Pipeline;

public sealed class DispatchStepTests : IDisposable
{
    private readonly ServiceProvider _services = DispatchServices.Build();
    private readonly NextStep _next = new();

    private HandlerLog Log => _services.GetRequiredService<HandlerLog>();

    private Task<SlackAnswer> RunAsync(SlackDelivery delivery) => _next.After(_services.GetRequiredService<DispatchStep>(), delivery);

    [Fact]
    public async Task A_command_is_answered_with_its_handlers_reply_and_where_a_later_one_would_go()
    {
        var command = new SlashCommand { Command = "/confbot", Text = "hi", UserId = "U1", ChannelId = "C1", TeamId = "T1", ResponseUrl = "https://hooks.slack.com/commands/1" };

        var answer = await RunAsync(new SlackDelivery { Kind = SlackDeliveryKind.Command, Command = command });

        Assert.Equal(SlackAnswer.Answered(SlashCommandResponse.Ephemeral("echo hi"), "https://hooks.slack.com/commands/1"), answer);
    }

    [Fact]
    public async Task Block_actions_go_to_the_handler_their_action_id_is_routed_to()
    {
        var request = JsonSerializer.Deserialize(Payloads.BlockActions, SlackJsonContext.Default.BlockActionRequest);

        await RunAsync(new SlackDelivery { Kind = SlackDeliveryKind.Interaction, BlockActions = request });

        Assert.Equal("click_me_123", Assert.IsType<BlockActionRequest>(Assert.Single(Log.All)).Actions[0].Value);
    }

    [Fact]
    public async Task An_event_goes_to_the_handlers_of_its_type()
    {
        var mention = Payloads.Json(Payloads.AppMentionEvent);

        await RunAsync(new SlackDelivery
        {
            Kind = SlackDeliveryKind.Event,
            Envelope = new EventEnvelope { Type = "event_callback", EventId = "Ev1", Event = mention },
            Header = new EventHeader { Type = "app_mention" },
        });

        Assert.IsType<AppMention>(Assert.Single(Log.All));
        Assert.Empty(_next.Received);
    }

    [Theory]
    [InlineData(EventPayloads.LinkSharedEvent, typeof(LinkShared))]
    [InlineData(EventPayloads.AssistantThreadStartedEvent, typeof(AssistantThreadStarted))]
    [InlineData(EventPayloads.FileShareEvent, typeof(MessageEvent))]
    public async Task The_surface_events_go_to_the_handlers_of_their_type(string innerEvent, Type expected)
    {
        var json = Payloads.Json(innerEvent);

        await RunAsync(new SlackDelivery
        {
            Kind = SlackDeliveryKind.Event,
            Envelope = new EventEnvelope { Type = "event_callback", EventId = "Ev1", Event = json },
            Header = new EventHeader { Type = json.GetProperty("type").GetString()! },
        });

        Assert.IsType(expected, Assert.Single(Log.All));
    }

    public void Dispose() => _services.Dispose();
}
