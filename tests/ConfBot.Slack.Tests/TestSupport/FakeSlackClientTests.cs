using ConfBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>A fresh <see cref="FakeSlack"/> and the real Web API client pointed at it, for each test.</summary>
public abstract class FakeSlackClientTests : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    private protected FakeSlack Slack { get; private set; } = null!;

    private protected ISlackApiClient Client => _services.Client();

    public async Task InitializeAsync()
    {
        Slack = await FakeSlack.StartAsync();
        _services = ApiClientServices.Build(Slack);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
