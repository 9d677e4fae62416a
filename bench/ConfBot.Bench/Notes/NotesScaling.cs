using System.Diagnostics;

namespace ConfBot.Bench.Notes;

/// <summary>
/// Reads folders of growing size, smallest first, to show whether reading stays linear: the time for each size
/// against the smallest's, beside how many more notes it had. A small folder is read first and not reported, so
/// the smallest size does not also pay for compiling the reader.
/// </summary>
public static class NotesScaling
{
    public static IReadOnlyList<NotesScalingStep> Run(IEnumerable<int> noteCounts)
    {
        NotesBenchmark.Run(100);
        var steps = new List<NotesScalingStep>();
        foreach (var count in noteCounts.Where(c => c > 0).Order())
        {
            var report = NotesBenchmark.Run(count);
            using var process = Process.GetCurrentProcess();
            steps.Add(new NotesScalingStep(report, steps.Count == 0 ? null : steps[0].Report, process.PeakWorkingSet64));
        }
        return steps;
    }
}

/// <summary>One size read, against the smallest size read (none for the smallest itself); peak memory is the process's so far.</summary>
public sealed record NotesScalingStep(NotesBenchmarkReport Report, NotesBenchmarkReport? Smallest, long PeakWorkingSetBytes)
{
    public double? SizeRatio => Smallest is null ? null : (double)Report.Notes / Smallest.Notes;

    public double? TimeRatio => Smallest is null ? null : Report.ReadTime / Smallest.ReadTime;
}
