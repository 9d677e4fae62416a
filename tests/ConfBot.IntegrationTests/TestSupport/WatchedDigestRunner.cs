using System.Threading.Channels;
using ConfBot.Core.Digests;
using ConfBot.Core.State;
using ConfBot.Core.Talks;

namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>
/// The service's own digest runner, heard finishing each scheduler check with the time it checked at: a test that
/// moves the clock can then assert what was (or was not) posted once a check at that time is known done.
/// </summary>
internal sealed class WatchedDigestRunner(IDigestRunner runner, TimeProvider clock) : IDigestRunner
{
    private readonly Channel<DateTimeOffset> _checked = Channel.CreateUnbounded<DateTimeOffset>();

    /// <summary>Replaces the composed <see cref="IDigestRunner"/> with itself wrapped around it.</summary>
    public static void Watch(IServiceCollection services)
    {
        var composed = services.Single(d => d.ServiceType == typeof(IDigestRunner));
        var type = composed.ImplementationType ?? throw new InvalidOperationException("The digest runner is expected to be registered by type.");
        services.Remove(composed);
        services.AddSingleton(sp => new WatchedDigestRunner((IDigestRunner)ActivatorUtilities.CreateInstance(sp, type), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IDigestRunner>(sp => sp.GetRequiredService<WatchedDigestRunner>());
    }

    public async Task<IReadOnlyList<DigestRunResult>> RunDueAsync(TalkCatalog catalog, CancellationToken cancellationToken = default)
    {
        var at = clock.GetUtcNow();
        try
        {
            return await runner.RunDueAsync(catalog, cancellationToken);
        }
        finally
        {
            _checked.Writer.TryWrite(at);
        }
    }

    public Task<DigestRunResult?> PostNowAsync(DigestKey key, TalkCatalog catalog, CancellationToken cancellationToken = default) =>
        runner.PostNowAsync(key, catalog, cancellationToken);

    /// <summary>Returns once a check that started at <paramref name="at"/> or later has finished.</summary>
    public async Task CheckedAsync(DateTimeOffset at)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await _checked.Reader.ReadAsync(timeout.Token) < at)
        {
        }
    }
}
