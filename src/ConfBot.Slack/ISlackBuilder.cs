using ConfBot.Slack.Commands;
using ConfBot.Slack.Dispatch;
using ConfBot.Slack.Events;
using ConfBot.Slack.Interactions;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Slack;

/// <summary>Registers the host's Slack handlers (scoped: a fresh instance per request or event).</summary>
public interface ISlackBuilder
{
    IServiceCollection Services { get; }

    /// <summary>The one handler for <see cref="SlackOptions.CommandName"/>; a second call replaces the first.</summary>
    ISlackBuilder AddSlashCommandHandler<THandler>()
        where THandler : class, ISlashCommandHandler;

    /// <summary>Adds a handler for <typeparamref name="TEvent"/>; every registered handler runs for each event.</summary>
    ISlackBuilder AddEventHandler<TEvent, THandler>()
        where TEvent : SlackEvent
        where THandler : class, IEventHandler<TEvent>;

    /// <summary>
    /// Routes actions whose <c>action_id</c> is exactly <paramref name="actionId"/> to <typeparamref name="THandler"/>.
    /// A handler may take several routes; a route that overlaps one already taken throws.
    /// </summary>
    ISlackBuilder AddBlockActionHandler<THandler>(string actionId)
        where THandler : class, IBlockActionHandler;

    /// <summary>Routes actions whose <c>action_id</c> starts with <paramref name="actionIdPrefix"/>; overlap throws as for exact ids.</summary>
    ISlackBuilder AddBlockActionHandlerForPrefix<THandler>(string actionIdPrefix)
        where THandler : class, IBlockActionHandler;

    /// <summary>Routes global shortcuts with <paramref name="callbackId"/> (the manifest's) to <typeparamref name="THandler"/>; a second handler for it throws.</summary>
    ISlackBuilder AddShortcutHandler<THandler>(string callbackId)
        where THandler : class, IShortcutHandler;

    /// <summary>Routes message shortcuts with <paramref name="callbackId"/> to <typeparamref name="THandler"/>; a second handler for it throws.</summary>
    ISlackBuilder AddMessageShortcutHandler<THandler>(string callbackId)
        where THandler : class, IMessageShortcutHandler;

    /// <summary>Routes submissions of modals whose <c>callback_id</c> is <paramref name="callbackId"/>; a second handler for it throws.</summary>
    ISlackBuilder AddViewSubmissionHandler<THandler>(string callbackId)
        where THandler : class, IViewSubmissionHandler;

    /// <summary>Routes the closing of modals whose <c>callback_id</c> is <paramref name="callbackId"/>; a second handler for it throws.</summary>
    ISlackBuilder AddViewClosedHandler<THandler>(string callbackId)
        where THandler : class, IViewClosedHandler;

    /// <summary>Keeps the ids of handled events in <typeparamref name="TStore"/> instead of memory (e.g. shared by replicas).</summary>
    ISlackBuilder UseProcessedEventStore<TStore>()
        where TStore : class, IProcessedEventStore;
}
