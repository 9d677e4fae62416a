using ConfBot.Slack.Dispatch;
using ConfBot.Slack.Http;
using ConfBot.Slack.Identity;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.Pipeline;
using ConfBot.Slack.Signing;
using ConfBot.Slack.SocketMode;
using ConfBot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack;

/// <summary>Composition of the Slack adapter.</summary>
public static class SlackServiceCollectionExtensions
{
    /// <summary>Adds the Slack adapter configured from <see cref="SlackOptions.SectionName"/> of the host's configuration.</summary>
    public static ISlackBuilder AddSlack(this IHostApplicationBuilder builder) => builder.Services.AddSlack(builder.Configuration);

    /// <summary>
    /// Adds the Slack adapter: options (validated at start), Web API client, dispatcher, background worker,
    /// an <c>auth.test</c> check at start, and in <see cref="SlackMode.Socket"/> the Socket Mode client.
    /// In <see cref="SlackMode.Http"/> also call <c>MapSlackEndpoints</c>. Register handlers on the returned builder.
    /// </summary>
    public static ISlackBuilder AddSlack(this IServiceCollection services, IConfiguration configuration, Action<SlackOptions>? configure = null)
    {
        var section = configuration.GetSection(SlackOptions.SectionName);
        var options = services.AddOptions<SlackOptions>().Bind(section);
        if (configure is not null)
            options.Configure(configure);
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IProcessedEventStore, InMemoryProcessedEventStore>();
        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton<BoundedBodyReader>();
        services.AddSingleton<SlashCommandRehearsal>();
        services.AddSingleton<SlackBotIdentity>();
        services.AddSingleton<ISlackBotIdentity>(sp => sp.GetRequiredService<SlackBotIdentity>());
        services.AddSingleton<SlackWorkQueue>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISlackWorkObserver, SlackWorkMetrics>());
        services.AddSingleton<HandlerInvoker>();
        services.AddSingleton<CommandRunner>();
        services.AddSingleton<BlockActionRouter>();
        services.AddSingleton<CallbackRouter>();
        services.AddSingleton<ViewSubmissionRunner>();
        AddPipeline(services);
        AddWebApi(services);

        // Identity first: a bad token must stop the host before any transport accepts work.
        services.AddHostedService<BotIdentityInitializer>();
        services.AddHostedService<SlackWorker>();
        if (ChosenMode(section, configure) == SlackMode.Socket)
            AddSocketMode(services);

        return new SlackBuilder(services, Shared<BlockActionRoutes>(services), Shared<CallbackRoutes>(services));
    }

    private static void AddPipeline(IServiceCollection services)
    {
        // SlackPipeline states the steps' order; registering them here says nothing about it.
        services.AddSingleton<SslCheckStep>();
        services.AddSingleton<SignatureStep>();
        services.AddSingleton<HttpBodyStep>();
        services.AddSingleton<PayloadStep>();
        services.AddSingleton<UrlVerificationStep>();
        services.AddSingleton<BackgroundStep>();
        services.AddSingleton<IgnoreOwnMessagesStep>();
        services.AddSingleton<DedupeStep>();
        services.AddSingleton<DispatchStep>();
        services.AddSingleton<SlackPipeline>();
    }

    private static void AddWebApi(IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<SlackApiMetrics>();
        services.AddSingleton<SlackApiTransport>();
        services.AddSingleton<SlackFileDownloader>();
        services.AddSingleton<ISlackApiClient, SlackApiClient>();
        services.AddSingleton<Responding.SlackReplies>();
        services.AddHttpClient(SlackApiTransport.HttpClientName, (sp, client) =>
            {
                client.BaseAddress = sp.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl;
                // Each attempt has its own timeout in the resilience pipeline; this one would cut retries short.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            // HttpClient's own logs name each request's URL, and a response_url is itself a credential.
            .RemoveAllLoggers()
            .AddResilienceHandler("slack-web-api", (pipeline, context) =>
                SlackApiResilience.Configure(
                    pipeline,
                    context.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value,
                    context.ServiceProvider.GetRequiredService<SlackApiMetrics>(),
                    context.ServiceProvider.GetRequiredService<TimeProvider>()));
    }

    /// <summary>One routing table per service collection, so calling <c>AddSlack</c> again keeps the routes already taken.</summary>
    private static TRoutes Shared<TRoutes>(IServiceCollection services)
        where TRoutes : class, new()
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(TRoutes))?.ImplementationInstance is TRoutes routes)
            return routes;
        routes = new TRoutes();
        services.AddSingleton(routes);
        return routes;
    }

    private static void AddSocketMode(IServiceCollection services)
    {
        services.AddSingleton<SocketModeEnvelopeHandler>();
        services.AddSingleton<SocketModeDialer>();
        services.AddSingleton<SocketModeClient>();
        services.AddSingleton<ISocketModeStatus>(sp => sp.GetRequiredService<SocketModeClient>());
        services.AddHostedService(sp => sp.GetRequiredService<SocketModeClient>());
    }

    private static SlackMode ChosenMode(IConfiguration section, Action<SlackOptions>? configure)
    {
        var probe = new SlackOptions();
        section.Bind(probe);
        configure?.Invoke(probe);
        return probe.Mode;
    }
}
