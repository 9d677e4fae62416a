using ConfBot.Bot.Actions;
using ConfBot.Bot.Slack.Digests;
using ConfBot.Bot.Slack.Forms;
using ConfBot.Bot.Slack.Notes;
using ConfBot.Bot.Slack.Surfaces;
using ConfBot.Core.Digests;
using ConfBot.Slack;
using ConfBot.Slack.Events;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Bot.Slack;

/// <summary>Puts the bot on Slack: a surface for every Slack entry point (notes shortcuts, modals and shared files among them), and digests posted to channels.</summary>
public static class SlackBotExtensions
{
    /// <summary>Needs <c>AddBot</c> and the Slack adapter (<c>AddSlack</c>).</summary>
    public static ISlackBuilder AddBotSurfaces(this ISlackBuilder slack)
    {
        slack.Services.AddSingleton<SlackContexts>();
        slack.Services.AddSingleton<ThreadedAnswers>();
        slack.Services.AddSingleton<SuggestedPromptsSetter>();
        slack.Services.AddSingleton<IDigestPublisher, SlackDigestPublisher>();
        slack.Services.AddSingleton<FormModals>();
        slack.Services.AddSingleton<NoteModals>();
        slack.Services.AddSingleton<SharedNoteFiles>();
        return slack
            .AddSlashCommandHandler<SlashCommandSurface>()
            .AddEventHandler<MessageEvent, DirectMessageSurface>()
            .AddEventHandler<MessageEvent, ThreadReplySurface>()
            .AddEventHandler<MessageEvent, DirectMessageFileSurface>()
            .AddEventHandler<AppMention, MentionSurface>()
            .AddEventHandler<AppMention, MentionFileSurface>()
            .AddEventHandler<AppHomeOpened, HomeTabSurface>()
            .AddEventHandler<AppHomeOpened, MessagesTabSurface>()
            .AddEventHandler<AssistantThreadStarted, AssistantThreadSurface>()
            .AddEventHandler<LinkShared, UnfurlSurface>()
            .AddBlockActionHandlerForPrefix<ButtonSurface>(BotActions.IdPrefix)
            .AddShortcutHandler<AddNoteShortcutSurface>(SlackAppIds.AddNoteShortcut)
            .AddMessageShortcutHandler<SaveMessageShortcutSurface>(SlackAppIds.SaveMessageShortcut)
            .AddViewSubmissionHandler<NoteModalSurface>(SlackAppIds.NoteModal)
            .AddViewSubmissionHandler<FeedbackModalSurface>(SlackAppIds.FeedbackModal);
    }
}
