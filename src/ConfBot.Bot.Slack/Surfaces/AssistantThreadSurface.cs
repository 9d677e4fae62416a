using ConfBot.Bot.Assistant;
using ConfBot.Bot.Slack.Rendering;
using ConfBot.Slack.Events;
using ConfBot.Slack.Responding;
using ConfBot.Slack.WebApi;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>A new assistant thread (<c>assistant_thread_started</c>): a greeting in the thread, and prompts built from the notes.</summary>
internal sealed class AssistantThreadSurface(AssistantWelcomes welcomes, SlackContexts contexts, SlackReplies replies, ISlackApiClient slack)
    : IEventHandler<AssistantThreadStarted>
{
    public async Task Handle(AssistantThreadStarted started, CancellationToken cancellationToken)
    {
        var thread = started.AssistantThread;
        var welcome = await welcomes.ForAsync(contexts.For(thread.UserId, thread.ChannelId, BotSurface.Assistant), cancellationToken);
        await replies.For(new ReplyTarget(thread.UserId, thread.ChannelId, ThreadTs: thread.ThreadTs)).SayAsync(BlockKitRenderer.Message(welcome.Greeting), cancellationToken);
        await slack.SetSuggestedPromptsAsync(WelcomePrompts.For(welcome, thread.ChannelId, thread.ThreadTs), cancellationToken);
    }
}
