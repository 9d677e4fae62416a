using System.Diagnostics;
using System.Runtime;
using ConfBot.Core.Search;
using ConfBot.Observability;
using ConfBot.Slack.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ConfBot.Hosting.WarmUp;

/// <summary>
/// Once the server listens and the notes are indexed, sends the service slash commands drawn from the notes, through
/// its own HTTP port, before it reports ready: the code of the answer path is compiled and its caches filled by
/// these, not by the first burst of real users (which, cold, waited seconds on two cores). Its requests are not
/// counted in metrics (<see cref="WarmUpTraffic"/>); the service turns ready when it is done (<see cref="IsDone"/>).
/// </summary>
internal sealed partial class ServiceWarmUp(
    IServer server,
    IKnowledgeBase knowledge,
    SlashCommandRehearsal rehearsal,
    WarmUpTraffic traffic,
    IOptions<WarmUpOptions> options,
    ILogger<ServiceWarmUp> logger) : IHostedLifecycleService
{
    /// <summary>A round that compiles fewer methods than this has left the answer path compiled as it will run.</summary>
    private const int SettledMethods = 25;

    private static readonly TimeSpan JitPoll = TimeSpan.FromMilliseconds(50);

    private volatile bool _done;

    /// <summary>True once the warm-up has run, or when there is none to run.</summary>
    public bool IsDone => _done;

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (options.Value.Commands > 0 && rehearsal.CanRun && OwnAddress() is { } address)
                await RunAsync(address, cancellationToken);
        }
        finally
        {
            _done = true;
        }
    }

    private async Task RunAsync(Uri address, CancellationToken cancellationToken)
    {
        using var activity = HostActivities.Source.StartActivity(HostActivities.WarmUp);
        var started = Stopwatch.GetTimestamp();
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Add(WarmUpTraffic.Header, traffic.Token);
        var questions = WarmUpQuestions.For(knowledge.Catalog, options.Value.Commands);
        var (rounds, answered) = (0, 0);
        try
        {
            // Code is compiled in tiers: a method runs precompiled (or quickly compiled), then, once called often, is
            // recompiled optimised in the background, and code only a request reaches is compiled when it first runs.
            // Rounds go on until one leaves almost nothing new to compile, or time is up.
            do
            {
                var compiled = JitInfo.GetCompiledMethodCount();
                // As many at once as there are cores, so the warm-up takes the machine as real traffic would.
                answered += await rehearsal.RunAsync(client, questions, Environment.ProcessorCount, cancellationToken);
                await JitSettledAsync(cancellationToken);
                rounds++;
                if (JitInfo.GetCompiledMethodCount() - compiled < SettledMethods)
                    break;
            }
            while (Stopwatch.GetElapsedTime(started) < options.Value.MaxTime);
            activity?.SetTag("commands", rounds * questions.Count);
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogWarmedUp(answered, rounds * questions.Count, rounds, elapsed);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // A warm-up that cannot reach its own port only costs the first users some speed, never the start.
            LogWarmUpFailed(e);
        }
    }

    /// <summary>Waits (up to a second) until the background compiler has been idle for two polls in a row.</summary>
    private static async Task JitSettledAsync(CancellationToken cancellationToken)
    {
        var (last, quiet) = (JitInfo.GetCompiledMethodCount(), 0);
        for (var poll = 0; poll < 20 && quiet < 2; poll++)
        {
            // The JIT runs on the real clock, whatever clock the service is given.
            await Task.Delay(JitPoll, cancellationToken);
            var now = JitInfo.GetCompiledMethodCount();
            (quiet, last) = (now == last ? quiet + 1 : 0, now);
        }
    }

    /// <summary>A loopback address the server listens on; none when it listens on no TCP port (a test server).</summary>
    private Uri? OwnAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var text in addresses)
        {
            // "http://+:80", "http://*:80" and "http://[::]:80" listen everywhere, loopback included.
            var normalised = text.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal);
            if (!Uri.TryCreate(normalised, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
                continue;
            var host = uri.Host is "0.0.0.0" or "[::]" ? "127.0.0.1" : uri.Host;
            return new UriBuilder(uri) { Host = host, Path = "/" }.Uri;
        }
        return null;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Warmed up: {Answered} of {Sent} slash commands answered, in {Rounds} rounds, in {Elapsed}")]
    private partial void LogWarmedUp(int answered, int sent, int rounds, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warm-up skipped: the service's own port did not answer")]
    private partial void LogWarmUpFailed(Exception exception);
}
