using ConfBot.Bot.Assistant;
using ConfBot.Bot.Slack.Rendering;
using ConfBot.Core.State;
using ConfBot.Slack.Events;
using ConfBot.Slack.Responding;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>
/// The Messages tab opened (<c>app_home_opened</c>, tab <c>messages</c>): on every visit the prompts pinned at its top
/// are set again from the notes now served; on a user's first visit only, a welcome is posted in the DM. Where Slack
/// cannot pin prompts (an app without its AI features) the welcome carries them as buttons that ask them.
/// </summary>
internal sealed class MessagesTabSurface(
    AssistantWelcomes welcomes, SlackContexts contexts, SuggestedPromptsSetter prompts, IGreetingLog greetings, SlackReplies replies, TimeProvider time)
    : IEventHandler<AppHomeOpened>
{
    public async Task Handle(AppHomeOpened opened, CancellationToken cancellationToken)
    {
        if (opened is not { Tab: "messages", Channel: { } channel })
            return;
        var welcome = await welcomes.ForAsync(contexts.For(opened.User, channel, BotSurface.Assistant), cancellationToken);
        var pinned = await prompts.TrySetAsync(WelcomePrompts.For(welcome, channel, threadTs: null), cancellationToken);
        // Recorded before posting, so of replicas handling two visits at once one greets; a post that then fails is
        // not made again: a missed welcome is better than a repeated one.
        if (!await greetings.TryRecordAsync(opened.User, time.GetUtcNow(), cancellationToken))
            return;
        var greeting = pinned ? welcome.Greeting : welcome.WithButtons();
        await replies.For(new ReplyTarget(opened.User, channel)).SayAsync(BlockKitRenderer.Message(greeting), cancellationToken);
    }
}
