using ConfBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>The real Web API client (with its resilience pipeline) pointed at a <see cref="FakeSlack"/>.</summary>
internal static class ApiClientServices
{
    public static ServiceProvider Build(FakeSlack slack, Action<SlackOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSlack(TestOptions.EmptyConfiguration, TestOptions.Valid(slack.ApiBaseUrl, configure));
        return services.BuildServiceProvider();
    }

    public static ISlackApiClient Client(this ServiceProvider services) => services.GetRequiredService<ISlackApiClient>();
}
