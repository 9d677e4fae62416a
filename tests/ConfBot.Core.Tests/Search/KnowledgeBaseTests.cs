using ConfBot.Core.Notes;
using ConfBot.Core.Search;
using ConfBot.Core.Talks;
using ConfBot.Core.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ConfBot.Core.Tests.Search;

public sealed class KnowledgeBaseTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly string _notes = Directory.CreateTempSubdirectory("confbot-notes-").FullName;
    private readonly FakeNotesLoader _loader = new();
    private readonly KnowledgeBase _knowledge;

    public KnowledgeBaseTests() => _knowledge = new(
        _loader,
        Options.Create(new SearchOptions { ReloadDebounce = TimeSpan.FromMilliseconds(50) }),
        TimeProvider.System,
        NullLogger<KnowledgeBase>.Instance);

    public void Dispose()
    {
        _knowledge.Dispose();
        Directory.Delete(_notes, recursive: true);
    }

    [Fact]
    public void Loads_the_notes_folder_when_watching_starts()
    {
        Write("a.txt", "Deployment strategies with Kubernetes");

        _knowledge.StartWatching(_notes);

        Assert.Single(_knowledge.Search("kubernetes", 3).Hits);
    }

    [Fact]
    public async Task Rebuilds_when_a_note_is_added()
    {
        _knowledge.StartWatching(_notes);

        await AfterReload(() => Write("b.txt", "Working with Secrets"));

        Assert.Single(_knowledge.Search("secrets", 3).Hits);
    }

    [Fact]
    public async Task Rebuilds_when_a_note_is_changed()
    {
        Write("a.txt", "Working with Secrets");
        _knowledge.StartWatching(_notes);

        await AfterReload(() => Write("a.txt", "Capacity planning for your data stores"));

        Assert.Empty(_knowledge.Search("secrets", 3).Hits);
        Assert.Single(_knowledge.Search("capacity planning", 3).Hits);
    }

    [Fact]
    public async Task Rebuilds_when_a_note_is_removed()
    {
        Write("a.txt", "Working with Secrets");
        _knowledge.StartWatching(_notes);

        await AfterReload(() => File.Delete(Path.Combine(_notes, "a.txt")));

        Assert.Empty(_knowledge.Catalog.Talks);
    }

    [Fact]
    public async Task Keeps_serving_the_last_good_index_when_a_note_breaks_loading()
    {
        Write("a.txt", "Working with Secrets");
        _knowledge.StartWatching(_notes);

        Write("b.txt", "!! not a note");
        await _loader.Refused.WaitAsync(Patience);

        Assert.Single(_knowledge.Search("secrets", 3).Hits);
        await AfterReload(() => Write("b.txt", "Living with SELinux"));
        Assert.Equal(2, _knowledge.Catalog.Talks.Count);
    }

    [Fact]
    public async Task A_broken_note_read_by_the_real_parser_is_skipped_and_the_rest_stays_searchable()
    {
        foreach (var seed in Directory.GetFiles(Repository.Seeds))
            File.Copy(seed, Path.Combine(_notes, Path.GetFileName(seed)));
        using var knowledge = new KnowledgeBase(
            new NotesLoader(Options.Create(new NotesOptions())),
            Options.Create(new SearchOptions { ReloadDebounce = TimeSpan.FromMilliseconds(50) }),
            TimeProvider.System,
            NullLogger<KnowledgeBase>.Instance);
        knowledge.StartWatching(_notes);
        var talks = knowledge.Catalog.Talks.Count;

        await AfterReload(knowledge, () => File.WriteAllBytes(Path.Combine(_notes, "005_broken.txt"), [0, 159, 146, 150, 0, 255]));

        Assert.Equal(talks, knowledge.Catalog.Talks.Count);
        Assert.Contains(knowledge.Catalog.Warnings, w => w.File.Contains("005_broken", StringComparison.Ordinal));
        Assert.NotEmpty(knowledge.Search("hashicorp vault", 3).Hits);
    }

    [Fact]
    public async Task Searches_during_swaps_always_see_a_complete_index()
    {
        var small = new TalkCatalog([TalkBuilder.Talk("Kubernetes one").Build()], []);
        var large = new TalkCatalog(Enumerable.Range(0, 20).Select(i => TalkBuilder.Talk($"Kubernetes {i}").Build()).ToList(), []);
        var counts = new HashSet<int>();
        using var stop = new CancellationTokenSource();

        var searching = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                lock (counts)
                    counts.Add(_knowledge.Search("kubernetes", 50).Hits.Count);
            }
        });
        for (var i = 0; i < 30; i++)
            _knowledge.Publish(i % 2 == 0 ? large : small);
        stop.Cancel();
        await searching.WaitAsync(Patience);

        Assert.Subset(new HashSet<int> { 0, 1, 20 }, counts);
    }

    private void Write(string file, string text) => File.WriteAllText(Path.Combine(_notes, file), text);

    private Task AfterReload(Action change) => AfterReload(_knowledge, change);

    private static async Task AfterReload(IKnowledgeBase knowledge, Action change)
    {
        var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnReloaded(object? sender, TalkCatalog catalog) => reloaded.TrySetResult();
        knowledge.Reloaded += OnReloaded;
        try
        {
            change();
            await reloaded.Task.WaitAsync(Patience);
        }
        finally
        {
            knowledge.Reloaded -= OnReloaded;
        }
    }
}
