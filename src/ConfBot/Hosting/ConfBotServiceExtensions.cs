using ConfBot.Core;
using ConfBot.Observability;
using ConfBot.Slack;
using ConfBot.Slack.Http;

namespace ConfBot.Hosting;

/// <summary>The service <c>confbot serve</c> runs: knowledge core, search, state, Slack adapter, ConfBot's handlers and daily digests.</summary>
internal static class ConfBotServiceExtensions
{
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(25);

    public static WebApplicationBuilder AddConfBotService(this WebApplicationBuilder builder)
    {
        // Notes, search and answers, with NotesOptions and SearchOptions bound and validated at start.
        builder.Services.AddKnowledge();
        // State first: its schema migration must finish before any hosted service below reads or writes it.
        builder.Services.AddConfBotState();
        builder.AddObservability();
        // Kubernetes kills the pod 30 s after SIGTERM; stopping within 25 s leaves in-flight answers time to finish.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);
        // Registered before the Slack adapter's services so the notes are indexed before the first question.
        builder.Services.AddHostedService<NotesIndexService>();
        builder.AddSlack().AddConfBotHandlers();
        builder.Services.AddConfBotDigests();
        return builder;
    }

    public static WebApplication MapConfBot(this WebApplication app)
    {
        app.MapObservability();
        app.MapSlackEndpoints();
        return app;
    }
}
