namespace ConfBot.LoadTest;

/// <summary>
/// The phases against one ready server, in order: the first burst (nothing has warmed the server before it, as for a
/// replica Slack sends traffic to as soon as it is ready), a warm-up, then the steady-state phases. The server's CPU
/// is read before and after each phase.
/// </summary>
internal sealed class LoadRun(ServerUnderTest server, HttpClient client, SignedCommands commands, LoadSettings settings)
{
    private static readonly TimeSpan CommandsWarmUp = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan HealthzWarmUp = TimeSpan.FromSeconds(1);

    private bool WithHealthz => server.HasHealthzAndMetrics && !settings.SkipHealthz;

    public async Task<Dictionary<PhaseKind, PhaseFigures>> RunAsync()
    {
        var duration = TimeSpan.FromSeconds(settings.Seconds);
        var atRate = new OpenLoopRun(client, settings.Rate, duration);
        var atMax = new ClosedLoopRun(client, settings.Connections, duration);
        var phases = new Dictionary<PhaseKind, PhaseFigures>
        {
            [PhaseKind.FirstBurst] = await MeasureAsync(() => atRate.RunAsync(commands.Next)),
        };

        // JIT, connection pool and tiered compilation settle before the steady-state phases are timed.
        await new ClosedLoopRun(client, settings.Connections, CommandsWarmUp).RunAsync(commands.Next);
        if (WithHealthz)
            await new ClosedLoopRun(client, settings.Connections, HealthzWarmUp).RunAsync(BareRequest.Healthz);

        phases[PhaseKind.CommandsAtRate] = await MeasureAsync(() => atRate.RunAsync(commands.Next));
        if (WithHealthz)
            phases[PhaseKind.HealthzAtRate] = await MeasureAsync(() => atRate.RunAsync(BareRequest.Healthz));
        phases[PhaseKind.CommandsMax] = await MeasureAsync(() => atMax.RunAsync(commands.Next));
        if (WithHealthz)
            phases[PhaseKind.HealthzMax] = await MeasureAsync(() => atMax.RunAsync(BareRequest.Healthz));
        return phases;
    }

    private async Task<PhaseFigures> MeasureAsync(Func<Task<RunResult>> phase)
    {
        var before = CpuSnapshot.Take(server.ProcessId);
        var run = await phase();
        return PhaseFigures.From(run, CpuSnapshot.Take(server.ProcessId) - before);
    }
}
