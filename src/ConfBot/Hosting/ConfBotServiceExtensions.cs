using ConfBot.Bot;
using ConfBot.Bot.Slack;
using ConfBot.Core;
using ConfBot.Core.Digests;
using ConfBot.Hosting.WarmUp;
using ConfBot.Observability;
using ConfBot.Slack;
using ConfBot.Slack.Http;
using ConfBot.Storage;

namespace ConfBot.Hosting;

/// <summary>
/// The service <c>confbot serve</c> runs: knowledge core, state, the bot on Slack, daily digests and observability.
/// Order of registration carries no meaning: the state schema and the index are ready in the host's starting phase
/// (<see cref="IHostedLifecycleService"/>), before any service starts.
/// </summary>
internal static class ConfBotServiceExtensions
{
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(25);

    public static WebApplicationBuilder AddConfBotService(this WebApplicationBuilder builder)
    {
        builder.Services.AddKnowledge();
        builder.Services.AddStorage();
        builder.Services.AddHostedService<NotesIndexService>();
        builder.Services.AddHostedService<WrittenNotesPoll>();
        builder.Services.AddOptions<WarmUpOptions>().BindConfiguration(WarmUpOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<WarmUpTraffic>();
        builder.Services.AddSingleton<ServiceWarmUp>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ServiceWarmUp>());
        builder.Services.AddBot();
        builder.Services.AddDigest();
        builder.Services.AddOptions<DigestSchedulerOptions>().BindConfiguration(DigestSchedulerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHostedService<DigestScheduler>();
        builder.AddSlack()
            .UseProcessedEventStore<StoredProcessedEvents>()
            .AddBotSurfaces();
        builder.AddObservability();
        // Kubernetes kills the pod 30 s after SIGTERM; stopping within 25 s leaves in-flight answers time to finish.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);
        return builder;
    }

    public static WebApplication MapConfBot(this WebApplication app)
    {
        app.MapObservability();
        app.MapSlackEndpoints();
        return app;
    }
}
