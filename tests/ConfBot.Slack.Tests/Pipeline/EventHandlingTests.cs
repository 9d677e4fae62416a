using ConfBot.Slack.Events;
using ConfBot.Slack.Pipeline;
using ConfBot.Slack.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Slack.Tests.Pipeline;

/// <summary>An acked <c>event_callback</c> through the pipeline's background steps: ignore bots, dedupe, dispatch.</summary>
public sealed class EventHandlingTests : IDisposable
{
    private readonly ServiceProvider _services;

    public EventHandlingTests() => _services = DispatchServices.Build(services => services.AddScoped<IEventHandler<MessageEvent>, ThrowingEventHandler>());

    private HandlerLog Log => _services.GetRequiredService<HandlerLog>();

    private async Task DispatchAsync(string json)
    {
        await _services.DeliverAsync(SlackDeliveryKind.Event, json);
        await _services.RunQueuedAsync();
    }

    private static string Message(string fields, string eventId = "Ev1") =>
        Payloads.Callback($$"""{"type":"message","channel":"C1","text":"hi","ts":"1.1",{{fields}}}""", eventId);

    [Fact]
    public async Task Direct_message_reaches_the_message_handler()
    {
        await DispatchAsync(Payloads.DirectMessage());

        var message = Assert.IsType<MessageEvent>(Assert.Single(Log.All));
        Assert.Equal("Hello hello can you hear me?", message.Text);
    }

    [Fact]
    public async Task Retried_event_is_answered_once()
    {
        await DispatchAsync(Payloads.DirectMessage(eventId: "Ev9"));
        await DispatchAsync(Payloads.DirectMessage(eventId: "Ev9"));

        Assert.Single(Log.All);
    }

    [Fact]
    public async Task Same_message_redelivered_under_a_new_event_id_is_answered_once()
    {
        await DispatchAsync(Payloads.DirectMessage(eventId: "Ev1"));
        await DispatchAsync(Payloads.DirectMessage(eventId: "Ev2"));

        Assert.Single(Log.All);
    }

    [Fact]
    public async Task Different_messages_are_each_answered()
    {
        await DispatchAsync(Payloads.DirectMessage(eventId: "Ev1", ts: "1.1"));
        await DispatchAsync(Payloads.DirectMessage(eventId: "Ev2", ts: "1.2"));

        Assert.Equal(2, Log.All.Count);
    }

    [Theory]
    [InlineData("\"subtype\":\"bot_message\",\"bot_id\":\"BBOT\"")]
    [InlineData("\"subtype\":\"bot_message\",\"bot_id\":\"BOTHER\"")]
    [InlineData("\"user\":\"U2\",\"bot_id\":\"BOTHER\"")]
    public async Task Bot_messages_are_ignored(string fields)
    {
        await DispatchAsync(Message(fields));

        Assert.Empty(Log.All);
    }

    [Fact]
    public async Task The_apps_own_messages_are_ignored()
    {
        await DispatchAsync(Message("\"user\":\"UBOT\""));

        Assert.Empty(Log.All);
    }

    [Theory]
    [InlineData("message_changed")]
    [InlineData("message_deleted")]
    [InlineData("channel_join")]
    public async Task Message_subtypes_are_ignored(string subtype)
    {
        await DispatchAsync(Message($"\"user\":\"U2\",\"subtype\":\"{subtype}\""));

        Assert.Empty(Log.All);
    }

    // The shapes of Slack's "message" subtypes file_share and thread_broadcast (api.slack.com/events/message/file_share,
    // …/thread_broadcast): a person wrote them, so they are questions like any message.
    [Theory]
    [InlineData("\"user\":\"U2\",\"subtype\":\"file_share\",\"files\":[{\"id\":\"F1\",\"name\":\"notes.md\",\"mimetype\":\"text/markdown\"}],\"upload\":false")]
    [InlineData("\"user\":\"U2\",\"subtype\":\"thread_broadcast\",\"thread_ts\":\"1.0\",\"root\":{\"type\":\"message\",\"user\":\"U3\",\"text\":\"root\",\"ts\":\"1.0\"}")]
    public async Task Messages_a_person_wrote_with_a_file_or_sent_from_a_thread_reach_the_message_handler(string fields)
    {
        await DispatchAsync(Message(fields));

        Assert.IsType<MessageEvent>(Assert.Single(Log.All));
    }

    [Fact]
    public async Task Mention_reaches_the_mention_handler()
    {
        await DispatchAsync(Payloads.Callback(Payloads.AppMentionEvent));

        Assert.IsType<AppMention>(Assert.Single(Log.All));
    }

    [Fact]
    public async Task Mention_by_another_bot_is_ignored()
    {
        await DispatchAsync(Payloads.Callback(Payloads.AppMentionEvent.Replace("\"user\"", "\"bot_id\":\"B2\",\"user\"", StringComparison.Ordinal)));

        Assert.Empty(Log.All);
    }

    [Fact]
    public async Task App_home_opened_reaches_its_handler()
    {
        await DispatchAsync(Payloads.Callback("""{"type":"app_home_opened","user":"U1","channel":"D1","tab":"home","event_ts":"1.1"}"""));

        Assert.IsType<AppHomeOpened>(Assert.Single(Log.All));
    }

    [Fact]
    public async Task Unknown_and_malformed_events_are_dropped_quietly()
    {
        await DispatchAsync(Payloads.Callback("""{"type":"reaction_added","user":"U1","event_ts":"1.1"}""", "Ev1"));
        await DispatchAsync(Payloads.Callback("""{"type":"message","channel":"C1","ts":"1.1"}""", "Ev2"));

        Assert.Empty(Log.All);
    }

    [Fact]
    public async Task A_failing_handler_does_not_stop_the_others()
    {
        await DispatchAsync(Payloads.DirectMessage());

        Assert.Single(Log.All);
    }

    public void Dispose() => _services.Dispose();
}
