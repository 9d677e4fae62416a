using ConfBot.Core.Notes;
using ConfBot.Core.Notes.Written;
using ConfBot.Core.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ConfBot.Core.Tests.Notes.Written;

/// <summary>One replica's written-notes service and knowledge base over a notes folder and a store it may share with others.</summary>
internal sealed class WrittenReplica : IDisposable
{
    public WrittenReplica(string folder, IWrittenNoteStore store, TimeProvider time, long maxFileBytes = 5 * 1024 * 1024, params string[] admins)
    {
        var options = Options.Create(new NotesOptions { MaxFileBytes = maxFileBytes, Admins = [.. admins] });
        var loader = new NotesLoader(options);
        Feed = new WrittenNoteFeed(store);
        Knowledge = new KnowledgeBase(loader, Options.Create(new SearchOptions { Semantic = false }), time, NullLogger<KnowledgeBase>.Instance, written: Feed);
        Notes = new WrittenNotes(store, Feed, loader, options, time);
        Knowledge.Load(folder);
    }

    public WrittenNoteFeed Feed { get; }

    public KnowledgeBase Knowledge { get; }

    public WrittenNotes Notes { get; }

    public IReadOnlyList<string> Answers(string question) => Knowledge.Search(question, 5).Hits.Select(h => h.Talk.Title).ToList();

    public void Dispose()
    {
        Knowledge.Dispose();
        Feed.Dispose();
    }
}
