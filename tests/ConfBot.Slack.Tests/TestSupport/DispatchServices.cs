using ConfBot.Slack.Dispatch;
using ConfBot.Slack.Events;
using ConfBot.Slack.Identity;
using ConfBot.Slack.Pipeline;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Moq;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>The adapter's services without a running host: the worker never runs, so queued work stays queued.</summary>
internal static class DispatchServices
{
    public static readonly AuthTestResult Bot = new() { UserId = "UBOT", BotId = "BBOT", TeamId = "T111" };

    public static ServiceProvider Build(Action<IServiceCollection>? services = null, Action<SlackOptions>? configure = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<HandlerLog>();
        collection.AddSingleton<CommandScript>();
        collection.AddSingleton(Mock.Of<IHostApplicationLifetime>());
        services?.Invoke(collection);
        collection.AddSlack(TestOptions.EmptyConfiguration, TestOptions.Valid(new Uri("http://127.0.0.1:9/api/"), configure))
            .AddSlashCommandHandler<ScriptedCommandHandler>()
            .AddEventHandler<MessageEvent, RecordingEventHandler<MessageEvent>>()
            .AddEventHandler<AppMention, RecordingEventHandler<AppMention>>()
            .AddEventHandler<AppHomeOpened, RecordingEventHandler<AppHomeOpened>>()
            .AddEventHandler<LinkShared, RecordingEventHandler<LinkShared>>()
            .AddEventHandler<AssistantThreadStarted, RecordingEventHandler<AssistantThreadStarted>>()
            .AddEventHandler<AssistantThreadContextChanged, RecordingEventHandler<AssistantThreadContextChanged>>()
            .AddBlockActionHandler<RecordingBlockActionHandler>(RecordingBlockActionHandler.ActionId);
        var provider = collection.BuildServiceProvider();
        provider.GetRequiredService<SlackBotIdentity>().Current = Bot;
        return provider;
    }

    /// <summary>Runs <paramref name="json"/> through the pipeline as a Socket Mode envelope's payload.</summary>
    public static Task<SlackAnswer> DeliverAsync(this ServiceProvider services, SlackDeliveryKind kind, string json) =>
        services.GetRequiredService<SlackPipeline>().RunAsync(SlackDelivery.FromSocket(kind, Payloads.Json(json)), CancellationToken.None);

    /// <summary>Does the queued work one item after another, as the worker would.</summary>
    public static async Task RunQueuedAsync(this ServiceProvider services)
    {
        var queue = services.GetRequiredService<SlackWorkQueue>();
        while (queue.Reader.TryRead(out var item))
            await item.Work(CancellationToken.None);
    }
}
