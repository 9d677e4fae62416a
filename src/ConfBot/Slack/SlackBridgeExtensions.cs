using ConfBot.Checklist;
using ConfBot.Digests;
using ConfBot.Slack.Events;
using ConfBot.Slack.Handlers;
using ConfBot.Slack.Rendering;
using ConfBot.Slack.Replies;

namespace ConfBot.Slack;

/// <summary>Connects the Slack adapter to the knowledge core: ConfBot's handlers for every Slack entry point.</summary>
internal static class SlackBridgeExtensions
{
    public static ISlackBuilder AddConfBotHandlers(this ISlackBuilder slack)
    {
        slack.Services.AddSingleton<ConfBotReplies>();
        slack.Services.AddSingleton<ActionPointBoard>();
        slack.Services.AddSingleton<ActionPointListing>();
        slack.Services.AddSingleton<HomeTab>();
        slack.Services.AddSingleton<DigestRedraw>();
        slack.Services.AddSingleton<DigestCommands>();
        return slack
            .AddSlashCommandHandler<ConfBotCommandHandler>()
            .AddEventHandler<MessageEvent, DirectMessageHandler>()
            .AddEventHandler<AppMention, MentionHandler>()
            .AddEventHandler<AppHomeOpened, AppHomeHandler>()
            .AddBlockActionHandler<AnswerButtonsHandler>(AnswerActions.MoreResults)
            .AddBlockActionHandler<AnswerButtonsHandler>(AnswerActions.ShareInChannel)
            .AddBlockActionHandler<AnswerButtonsHandler>(AnswerActions.ShowAllLinks)
            .AddBlockActionHandler<ChecklistButtonsHandler>(ChecklistActions.Claim)
            .AddBlockActionHandler<ChecklistButtonsHandler>(ChecklistActions.Done)
            .AddBlockActionHandler<ChecklistButtonsHandler>(ChecklistActions.Reopen);
    }
}
