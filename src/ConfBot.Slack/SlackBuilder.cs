using ConfBot.Slack.Commands;
using ConfBot.Slack.Dispatch;
using ConfBot.Slack.Events;
using ConfBot.Slack.Interactions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConfBot.Slack;

internal sealed class SlackBuilder(IServiceCollection services, BlockActionRoutes routes, CallbackRoutes callbacks) : ISlackBuilder
{
    public IServiceCollection Services => services;

    public ISlackBuilder AddSlashCommandHandler<THandler>()
        where THandler : class, ISlashCommandHandler
    {
        services.Replace(ServiceDescriptor.Scoped<ISlashCommandHandler, THandler>());
        return this;
    }

    public ISlackBuilder AddEventHandler<TEvent, THandler>()
        where TEvent : SlackEvent
        where THandler : class, IEventHandler<TEvent>
    {
        services.AddScoped<IEventHandler<TEvent>, THandler>();
        return this;
    }

    public ISlackBuilder AddBlockActionHandler<THandler>(string actionId)
        where THandler : class, IBlockActionHandler =>
        AddRoute<THandler>(actionId, isPrefix: false);

    public ISlackBuilder AddBlockActionHandlerForPrefix<THandler>(string actionIdPrefix)
        where THandler : class, IBlockActionHandler =>
        AddRoute<THandler>(actionIdPrefix, isPrefix: true);

    private SlackBuilder AddRoute<THandler>(string actionId, bool isPrefix)
        where THandler : class, IBlockActionHandler
    {
        routes.Add(new BlockActionRoute(actionId, isPrefix, typeof(THandler)));
        services.TryAddScoped<THandler>();
        return this;
    }

    public ISlackBuilder AddShortcutHandler<THandler>(string callbackId)
        where THandler : class, IShortcutHandler => AddCallback<ShortcutRequest, THandler>(callbackId);

    public ISlackBuilder AddMessageShortcutHandler<THandler>(string callbackId)
        where THandler : class, IMessageShortcutHandler => AddCallback<MessageShortcutRequest, THandler>(callbackId);

    public ISlackBuilder AddViewSubmissionHandler<THandler>(string callbackId)
        where THandler : class, IViewSubmissionHandler => AddCallback<ViewSubmissionRequest, THandler>(callbackId);

    public ISlackBuilder AddViewClosedHandler<THandler>(string callbackId)
        where THandler : class, IViewClosedHandler => AddCallback<ViewClosedRequest, THandler>(callbackId);

    private SlackBuilder AddCallback<TRequest, THandler>(string callbackId)
        where TRequest : CallbackInteraction
        where THandler : class
    {
        callbacks.Add<TRequest>(callbackId, typeof(THandler));
        services.TryAddScoped<THandler>();
        return this;
    }

    public ISlackBuilder UseProcessedEventStore<TStore>()
        where TStore : class, IProcessedEventStore
    {
        services.Replace(ServiceDescriptor.Singleton<IProcessedEventStore, TStore>());
        return this;
    }
}
