using System.Collections.Concurrent;
using ConfBot.Core.Diagnostics;
using ConfBot.Core.Notes;
using ConfBot.Core.Search;
using ConfBot.Core.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ConfBot.Core.Tests.Diagnostics;

/// <summary>Long work says how far it has got, so a terminal can draw it; every stage starts at 0 and ends at its total.</summary>
public sealed class WorkProgressTests
{
    /// <summary>Records each report as it is made: <see cref="Progress{T}"/> would post them later, to a thread pool.</summary>
    private sealed class Recorder : IProgress<WorkProgress>
    {
        public ConcurrentQueue<WorkProgress> Reports { get; } = new();

        public void Report(WorkProgress value) => Reports.Enqueue(value);

        public List<WorkProgress> Of(WorkStage stage) => [.. Reports.Where(r => r.Stage == stage)];
    }

    [Fact]
    public void Reading_the_notes_counts_every_file_up_to_the_folders_total()
    {
        var progress = new Recorder();
        var files = Directory.GetFiles(Repository.Seeds, "*", SearchOption.AllDirectories).Length;

        new NotesLoader(Options.Create(new NotesOptions()), progress: progress).Load(Repository.Seeds);

        var reading = progress.Of(WorkStage.ReadingNotes);
        Assert.Equal(new WorkProgress(WorkStage.ReadingNotes, 0, files), reading[0]);
        Assert.Equal(Enumerable.Range(0, files + 1), reading.Select(r => r.Done).Order());
        Assert.All(reading, r => Assert.Equal(files, r.Total));
    }

    [Fact]
    public void Indexing_reports_its_start_and_its_end()
    {
        var progress = new Recorder();
        using var knowledge = new KnowledgeBase(
            new NotesLoader(Options.Create(new NotesOptions())),
            Options.Create(new SearchOptions { Semantic = false }),
            TimeProvider.System,
            NullLogger<KnowledgeBase>.Instance,
            progress: progress);

        var talks = knowledge.Load(Repository.Seeds).Talks.Count;

        Assert.Equal([new WorkProgress(WorkStage.Indexing, 0, talks), new WorkProgress(WorkStage.Indexing, talks, talks)], progress.Of(WorkStage.Indexing));
    }
}
