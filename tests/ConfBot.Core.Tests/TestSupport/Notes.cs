using System.Text;
using ConfBot.Core.Notes;
using ConfBot.Core.Notes.Outline;
using ConfBot.Core.Notes.Reading;
using ConfBot.Core.Talks;
using Microsoft.Extensions.Options;

namespace ConfBot.Core.Tests.TestSupport;

/// <summary>Reads notes the way the service does, from a folder or from text given inline in a test.</summary>
public static class NotesReader
{
    public static TalkCatalog LoadFolder(string directory, long maxFileBytes = 5 * 1024 * 1024) =>
        Loader(maxFileBytes).Load(directory);

    public static TalkCatalog LoadSeeds() => Seeds.Value;

    /// <summary>The write-ups one note yields, before merging with other notes.</summary>
    internal static IReadOnlyList<WriteUp> WriteUps(string text, string file = "note.md") =>
        Loader().ReadContent(file, Encoding.UTF8.GetBytes(text)).WriteUps;

    /// <summary>Why one note was skipped; null when it was read.</summary>
    internal static NoteWarning? Warning(byte[] bytes, string file = "note.md", long maxFileBytes = 5 * 1024 * 1024) =>
        Outcome(bytes, file, maxFileBytes) is { Kind: NoteOutcomeKind.Skipped } skipped ? skipped.Warnings[0] : null;

    /// <summary>What became of one note given as bytes.</summary>
    internal static NoteOutcome Outcome(byte[] bytes, string file = "note.md", long maxFileBytes = 5 * 1024 * 1024) =>
        Loader(maxFileBytes).ReadContent(file, bytes).Outcome;

    /// <summary>The blocks one note is read into, before talks are looked for in them.</summary>
    internal static IReadOnlyList<NoteBlock> Blocks(string text, string file) => Blocks(Encoding.UTF8.GetBytes(text), file);

    internal static IReadOnlyList<NoteBlock> Blocks(byte[] bytes, string file)
    {
        var reading = new NoteFormats().Read(file, bytes, 5 * 1024 * 1024);
        Assert.Null(reading.Skipped);
        return reading.Blocks;
    }

    private static readonly Lazy<TalkCatalog> Seeds = new(() => LoadFolder(Repository.Seeds));

    private static NotesLoader Loader(long maxFileBytes = 5 * 1024 * 1024) =>
        new(Options.Create(new NotesOptions { MaxFileBytes = maxFileBytes }));
}
