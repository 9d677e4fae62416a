using ConfBot.Bot.Assistant;
using ConfBot.Slack.Events;
using ConfBot.Slack.WebApi;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>
/// The Messages tab opened (<c>app_home_opened</c>, tab <c>messages</c>): the prompts pinned at its top are set again
/// from the notes now served. No greeting is posted: the event comes on every visit, and a message each time would
/// bury the conversation.
/// </summary>
internal sealed class MessagesTabSurface(AssistantWelcomes welcomes, SlackContexts contexts, ISlackApiClient slack) : IEventHandler<AppHomeOpened>
{
    public async Task Handle(AppHomeOpened opened, CancellationToken cancellationToken)
    {
        if (opened is not { Tab: "messages", Channel: { } channel })
            return;
        var welcome = await welcomes.ForAsync(contexts.For(opened.User, channel, BotSurface.Assistant), cancellationToken);
        await slack.SetSuggestedPromptsAsync(WelcomePrompts.For(welcome, channel, threadTs: null), cancellationToken);
    }
}
