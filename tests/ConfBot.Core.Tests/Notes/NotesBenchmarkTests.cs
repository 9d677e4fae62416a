using ConfBot.Bench.Notes;

namespace ConfBot.Core.Tests.Notes;

public sealed class NotesBenchmarkTests
{
    [Fact]
    public void Reads_the_synthetic_notes_into_talks_merging_each_colleagues_retelling()
    {
        // Block 0 gets a colleague's note retelling 2 of its 4 talks; blocks 1-4 are one note each.
        var report = NotesBenchmark.Run(noteCount: 6, talksPerNote: 4);

        Assert.Equal(6, report.Notes);
        Assert.Equal(4 + 2 + 4 * 4, report.WriteUps);
        Assert.Equal(20, report.Talks);
        Assert.True(report.Bytes > 0 && report.WriteUpsPerSecond > 0);
    }
}
