using ConfBot.Slack.Tests.TestSupport;

namespace ConfBot.Slack.Tests.Http;

/// <summary>The adapter on a real host for each test, its command ack deadline short so a slow command is quick to test.</summary>
public abstract class SlackEndpointsTestBase : IAsyncLifetime
{
    private protected const string Json = "application/json";
    private protected const string Form = "application/x-www-form-urlencoded";

    private protected SlackHost Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await SlackHost.StartAsync(o => o.CommandAckDeadline = TimeSpan.FromMilliseconds(200));

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
