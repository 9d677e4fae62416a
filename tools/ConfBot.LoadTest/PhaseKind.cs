namespace ConfBot.LoadTest;

/// <summary>The phases of a run, in the order they run after the server is ready.</summary>
internal enum PhaseKind
{
    /// <summary>RATE signed commands/s from the moment the server is ready, before anything has warmed it.</summary>
    FirstBurst,
    CommandsAtRate,
    HealthzAtRate,
    CommandsMax,
    HealthzMax,
}
