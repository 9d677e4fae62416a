using ConfBot.Core.Digests;
using ConfBot.Digests;
using ConfBot.Slack.Dispatch;
using ConfBot.Storage;

namespace ConfBot.Hosting;

/// <summary>State and daily digests for <c>confbot serve</c>; the checklist's handlers are in <c>AddConfBotHandlers</c>.</summary>
internal static class DigestHostingExtensions
{
    /// <summary>
    /// Call before the Slack adapter and the other hosted services: the schema migration then runs first at start,
    /// and the stored dedupe memory wins over the adapter's in-memory default (registered with TryAdd).
    /// </summary>
    public static IServiceCollection AddConfBotState(this IServiceCollection services)
    {
        services.AddStorage();
        services.AddSingleton<IProcessedEventStore, StoredProcessedEvents>();
        return services;
    }

    /// <summary>The digest runner with the Slack publisher, and the scheduler that ticks it.</summary>
    public static IServiceCollection AddConfBotDigests(this IServiceCollection services)
    {
        services.AddDigest();
        services.AddSingleton<IDigestPublisher, SlackDigestPublisher>();
        services.AddOptions<DigestSchedulerOptions>().BindConfiguration(DigestOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<DigestScheduler>();
        return services;
    }
}
