namespace ConfBot.Core.Diagnostics;

/// <summary>
/// How far one stage of long work has got: <paramref name="Done"/> of <paramref name="Total"/> items. Reported through
/// an <see cref="IProgress{T}"/> the host may register (the CLI draws bars on a terminal); Core knows no display.
/// </summary>
public sealed record WorkProgress(WorkStage Stage, int Done, int Total);
