using ConfBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>The real Web API client (with its resilience pipeline) pointed at a <see cref="FakeSlack"/>.</summary>
internal static class ApiClientServices
{
    /// <param name="slack">The Slack the client talks to.</param>
    /// <param name="configure">Changes to the valid test settings.</param>
    /// <param name="time">The clock for retry waits and timeouts, instead of the system's.</param>
    /// <param name="logs">Receives everything logged, at every level.</param>
    public static ServiceProvider Build(FakeSlack slack, Action<SlackOptions>? configure = null, TimeProvider? time = null, RecordedLogs? logs = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
                logging.AddProvider(logs);
        });
        if (time is not null)
            services.AddSingleton(time);
        services.AddSlack(TestOptions.EmptyConfiguration, TestOptions.Valid(slack.ApiBaseUrl, configure));
        return services.BuildServiceProvider();
    }

    public static ISlackApiClient Client(this ServiceProvider services) => services.GetRequiredService<ISlackApiClient>();
}
