using ConfBot.Bot.Actions;
using ConfBot.Bot.Assistant;
using ConfBot.Bot.Checklist;
using ConfBot.Bot.Commands;
using ConfBot.Bot.Digests;
using ConfBot.Bot.Feedback;
using ConfBot.Bot.Home;
using ConfBot.Bot.Notes;
using ConfBot.Bot.Unfurls;
using ConfBot.Bot.Threads;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConfBot.Bot;

/// <summary>Registers the bot: its commands (in the order help lists them), its buttons' actions, and what they share.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>Needs the knowledge core (with its link lookup), the written notes, the checklist, digest, feedback and thread stores, and a <see cref="TimeProvider"/>.</summary>
    public static IServiceCollection AddBot(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CommandTable>();
        services.AddSingleton<BotActions>();
        services.AddSingleton<ActionPointBoard>();
        services.AddSingleton<ActionPointListing>();
        services.AddSingleton<ChannelDigests>();
        services.AddSingleton<DigestRedraw>();
        services.AddSingleton<HomePage>();
        services.AddSingleton<TalkUnfurls>();
        services.AddSingleton<AssistantWelcomes>();
        services.AddSingleton<ThreadConversations>();
        services.AddSingleton<NoteDesk>();
        services.AddSingleton<FeedbackComments>();
        return services
            .AddBotCommand<QuestionCommand>()
            .AddBotCommand<TalkCommand>()
            .AddBotCommand<LinksCommand>()
            .AddBotCommand<ActionsCommand>()
            .AddBotCommand<SpeakerCommand>()
            .AddBotCommand<ConferencesCommand>()
            .AddBotCommand<DigestCommand>()
            .AddBotCommand<AddNoteCommand>()
            .AddBotCommand<NotesCommand>()
            .AddBotAction<MoreResultsAction>()
            .AddBotAction<ShareAction>()
            .AddBotAction<AllLinksAction>()
            .AddBotAction<ChecklistAction>()
            .AddBotAction<FeedbackAction>()
            .AddBotAction<FeedbackCommentAction>()
            .AddBotAction<AskAction>()
            .AddBotAction<NoteEditAction>()
            .AddBotAction<NoteDeleteAction>();
    }

    /// <summary>A command, listed in help after those registered before it (help itself comes last).</summary>
    public static IServiceCollection AddBotCommand<TCommand>(this IServiceCollection services)
        where TCommand : class, IBotCommand =>
        services.AddSingleton<IBotCommand, TCommand>();

    /// <summary>A button action; two actions claiming one action id fail at start.</summary>
    public static IServiceCollection AddBotAction<TAction>(this IServiceCollection services)
        where TAction : class, IBotAction =>
        services.AddSingleton<IBotAction, TAction>();
}
