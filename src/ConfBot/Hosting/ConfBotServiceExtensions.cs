using ConfBot.Core;
using ConfBot.Core.Search;
using ConfBot.Slack;
using ConfBot.Slack.Http;

namespace ConfBot.Hosting;

/// <summary>The service <c>confbot serve</c> runs: knowledge core, search, Slack adapter and ConfBot's handlers.</summary>
internal static class ConfBotServiceExtensions
{
    public static WebApplicationBuilder AddConfBotService(this WebApplicationBuilder builder)
    {
        builder.Services.AddKnowledge();
        builder.Services.AddSearch();
        builder.Services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Registered before the Slack adapter's services so the notes are indexed before the first question.
        builder.Services.AddHostedService<NotesIndexService>();
        builder.AddSlack().AddConfBotHandlers();
        return builder;
    }

    public static WebApplication MapConfBot(this WebApplication app)
    {
        app.MapSlackEndpoints();
        app.MapGet("/healthz", () => Results.Text("ok"));
        return app;
    }
}
