using ConfBot.Core.Digests;
using ConfBot.Core.State;
using ConfBot.Core.Talks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ConfBot.Storage.Tests.TestSupport;

/// <summary>One ConfBot process as the host composes it (AddStorage + AddDigest), with its own clock and a recording publisher.</summary>
internal sealed class DigestReplica : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private DigestReplica(ServiceProvider services, FakeTimeProvider clock, RecordingPublisher publisher)
        => (_services, Clock, Publisher) = (services, clock, publisher);

    public FakeTimeProvider Clock { get; }
    public RecordingPublisher Publisher { get; }
    public IDigestSubscriptionStore Subscriptions => _services.GetRequiredService<IDigestSubscriptionStore>();
    public IDigestLog Log => _services.GetRequiredService<IDigestLog>();
    public IActionPointStateStore ActionPoints => _services.GetRequiredService<IActionPointStateStore>();

    public static async Task<DigestReplica> StartAsync(TestDatabase database, DateTimeOffset now, IReadOnlyDictionary<string, string?>? digestSettings = null)
    {
        var clock = new FakeTimeProvider(now);
        var publisher = new RecordingPublisher(clock);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings)
            .AddInMemoryCollection(digestSettings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<IDigestPublisher>(publisher)
            .AddStorage()
            .AddDigest()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        // The schema is migrated as a host would do it: in the starting phase, before any hosted service starts.
        var hosted = services.GetServices<IHostedService>().ToList();
        foreach (var starting in hosted.OfType<IHostedLifecycleService>())
            await starting.StartingAsync(CancellationToken.None);
        foreach (var service in hosted)
            await service.StartAsync(CancellationToken.None);
        return new DigestReplica(services, clock, publisher);
    }

    public Task<IReadOnlyList<DigestRunResult>> TickAsync(TalkCatalog catalog, CancellationToken cancellationToken = default)
        => _services.GetRequiredService<IDigestRunner>().RunDueAsync(catalog, cancellationToken);

    /// <summary>Sets this replica's clock and runs one tick.</summary>
    public Task<IReadOnlyList<DigestRunResult>> TickAtAsync(DateTimeOffset now, TalkCatalog catalog)
    {
        Clock.SetUtcNow(now);
        return TickAsync(catalog);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
