using ConfBot.Bot.Actions;
using ConfBot.Bot.Slack.Digests;
using ConfBot.Bot.Slack.Surfaces;
using ConfBot.Core.Digests;
using ConfBot.Slack;
using ConfBot.Slack.Events;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Bot.Slack;

/// <summary>Puts the bot on Slack: a surface for every Slack entry point, and digests posted to channels.</summary>
public static class SlackBotExtensions
{
    /// <summary>Needs <c>AddBot</c> and the Slack adapter (<c>AddSlack</c>).</summary>
    public static ISlackBuilder AddBotSurfaces(this ISlackBuilder slack)
    {
        slack.Services.AddSingleton<SlackContexts>();
        slack.Services.AddSingleton<ThreadedAnswers>();
        slack.Services.AddSingleton<SuggestedPromptsSetter>();
        slack.Services.AddSingleton<IDigestPublisher, SlackDigestPublisher>();
        return slack
            .AddSlashCommandHandler<SlashCommandSurface>()
            .AddEventHandler<MessageEvent, DirectMessageSurface>()
            .AddEventHandler<MessageEvent, ThreadReplySurface>()
            .AddEventHandler<AppMention, MentionSurface>()
            .AddEventHandler<AppHomeOpened, HomeTabSurface>()
            .AddEventHandler<AppHomeOpened, MessagesTabSurface>()
            .AddEventHandler<AssistantThreadStarted, AssistantThreadSurface>()
            .AddEventHandler<LinkShared, UnfurlSurface>()
            .AddBlockActionHandlerForPrefix<ButtonSurface>(BotActions.IdPrefix);
    }
}
