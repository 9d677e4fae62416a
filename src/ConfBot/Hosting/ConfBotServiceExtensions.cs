using ConfBot.Core;
using ConfBot.Slack;
using ConfBot.Slack.Http;

namespace ConfBot.Hosting;

/// <summary>The service <c>confbot serve</c> runs: knowledge core, search, state, Slack adapter, ConfBot's handlers and daily digests.</summary>
internal static class ConfBotServiceExtensions
{
    public static WebApplicationBuilder AddConfBotService(this WebApplicationBuilder builder)
    {
        // Notes, search and answers, with NotesOptions and SearchOptions bound and validated at start.
        builder.Services.AddKnowledge();
        // State first: its schema migration must finish before any hosted service below reads or writes it.
        builder.Services.AddConfBotState();
        // Registered before the Slack adapter's services so the notes are indexed before the first question.
        builder.Services.AddHostedService<NotesIndexService>();
        builder.AddSlack().AddConfBotHandlers();
        builder.Services.AddConfBotDigests();
        return builder;
    }

    public static WebApplication MapConfBot(this WebApplication app)
    {
        app.MapSlackEndpoints();
        app.MapGet("/healthz", () => Results.Text("ok"));
        return app;
    }
}
