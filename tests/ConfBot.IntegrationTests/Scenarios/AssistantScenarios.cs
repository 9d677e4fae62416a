using ConfBot.Bot.Assistant;
using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Scenarios;

public sealed class AssistantScenarios
{
    private const string SetPrompts = "assistant.threads.setSuggestedPrompts";

    // The assistant thread of bolt-python's thread_started_event_body.
    private const string AssistantChannel = "D111";
    private const string AssistantThread = "1726133698.626339";

    [Fact]
    public async Task A_new_assistant_thread_is_greeted_in_it_with_prompts_built_from_the_notes()
    {
        await using var service = await ConfBotService.StartAsync();

        await service.PostEventAsync(Payloads.Callback(EventPayloads.AssistantThreadStartedEvent, "EvASSIST1"));
        var prompts = await service.Slack.WaitForCallAsync(SetPrompts);
        var greeting = await service.Slack.WaitForCallAsync("chat.postMessage");

        Assert.Equal((AssistantChannel, AssistantThread), (greeting.Field("channel"), greeting.Field("thread_ts")));
        Assert.StartsWith("Hi! I answer questions from the team's conference notes", greeting.Field("text"), StringComparison.Ordinal);
        Assert.Equal("confbot_welcome", Metadata(greeting).GetProperty("event_type").GetString());
        Assert.Equal((AssistantChannel, AssistantThread), (prompts.Field("channel_id"), prompts.Field("thread_ts")));
        var messages = prompts.Json.GetProperty("prompts").EnumerateArray().Select(p => p.GetProperty("message").GetString()).ToList();
        // The latest conference the notes cover (the test notes' PagerCon), and a speaker they name.
        Assert.Contains("What did we learn at PagerCon 2024?", messages);
        Assert.Contains(messages, m => m!.StartsWith("What did ", StringComparison.Ordinal) && m.EndsWith(" talk about?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_question_in_an_assistant_thread_is_answered_in_it_carrying_the_talks_it_shows()
    {
        await using var service = await ConfBotService.StartAsync();
        var question = EventPayloads.ThreadReplyEvent.Replace("When Slack was released?", "kubernetes deployment strategies", StringComparison.Ordinal);

        await service.PostEventAsync(Payloads.Callback(question, "EvASSIST2"));
        var answer = await service.Slack.WaitForCallAsync("chat.postMessage");

        Assert.Equal((AssistantChannel, AssistantThread), (answer.Field("channel"), answer.Field("thread_ts")));
        var metadata = Metadata(answer);
        Assert.Equal("confbot_answer", metadata.GetProperty("event_type").GetString());
        Assert.Contains("rootconf2017-deployment-strategies-with-kubernetes", metadata.GetProperty("event_payload").GetProperty("talks").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Opening_the_messages_tab_twice_welcomes_once_and_pins_the_prompts_each_time()
    {
        await using var service = await ConfBotService.StartAsync();

        await service.PostEventAsync(SlackPayloads.MessagesTabOpened("EvTAB1"));
        await service.WaitForWorkAsync(1);
        await service.PostEventAsync(SlackPayloads.MessagesTabOpened("EvTAB2"));
        await service.WaitForWorkAsync(1);

        Assert.Equal(2, service.Slack.CallsTo(SetPrompts).Count);
        Assert.All(service.Slack.CallsTo(SetPrompts), p => Assert.Equal((SlackPayloads.DmChannel, null), (p.Field("channel_id"), p.Field("thread_ts"))));
        var welcome = Assert.Single(service.Slack.CallsTo("chat.postMessage"));
        Assert.Equal(SlackPayloads.DmChannel, welcome.Field("channel"));
        Assert.Equal("confbot_welcome", Metadata(welcome).GetProperty("event_type").GetString());
        // The prompts are pinned above the conversation; the welcome does not repeat them.
        Assert.DoesNotContain(AssistantActions.Ask, welcome.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_ai_features_the_messages_tab_welcome_asks_its_prompts_with_buttons()
    {
        var logs = new RecordingLogs();
        var informed = new Dictionary<string, string?> { ["Logging:LogLevel:ConfBot.Bot.Slack"] = "Information" };
        await using var service = await ConfBotService.StartAsync(settings: informed, logs: logs);
        service.Slack.FailNext(SetPrompts, "missing_scope");

        await service.PostEventAsync(SlackPayloads.MessagesTabOpened("EvTAB3"));
        await service.WaitForWorkAsync(1);
        await service.PostEventAsync(SlackPayloads.MessagesTabOpened("EvTAB4", user: "U0SECOND"));
        await service.WaitForWorkAsync(1);

        // Refused once, then not asked again; each user still welcomed, the prompts on buttons.
        Assert.Single(service.Slack.CallsTo(SetPrompts));
        Assert.Single(logs.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("no AI features", StringComparison.Ordinal));
        var welcomes = service.Slack.CallsTo("chat.postMessage");
        Assert.Equal(2, welcomes.Count);
        var prompt = SlackButtons.Value(welcomes[0].Body, AssistantActions.Ask);
        Assert.Equal("What did we learn at PagerCon 2024?", prompt);

        var click = Payloads.ButtonClick(AssistantActions.Ask, prompt, service.Slack.ResponseUrl("asked"))
            .Replace("\"C111\"", $"\"{SlackPayloads.DmChannel}\"", StringComparison.Ordinal);
        await service.PostInteractionAsync(click);
        var answer = await service.Slack.WaitForCallAsync("response/asked");

        Assert.Equal("in_channel", answer.Field("response_type"));
        Assert.Equal("confbot_answer", Metadata(answer).GetProperty("event_type").GetString());
        Assert.Contains("Pager etiquette for on-call teams", SlackMessageText.Of(answer.Body), StringComparison.Ordinal);
    }

    private static System.Text.Json.JsonElement Metadata(RecordedCall call) => call.Json.GetProperty("metadata");
}
