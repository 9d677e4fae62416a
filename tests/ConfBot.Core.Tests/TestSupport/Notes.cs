using System.Text;
using ConfBot.Core.Notes;
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

    internal static NoteWarning? Warning(byte[] bytes, string file = "note.md", long maxFileBytes = 5 * 1024 * 1024) =>
        Loader(maxFileBytes).ReadContent(file, bytes).Warning;

    private static readonly Lazy<TalkCatalog> Seeds = new(() => LoadFolder(Repository.Seeds));

    private static NotesLoader Loader(long maxFileBytes = 5 * 1024 * 1024) =>
        new(Options.Create(new NotesOptions { MaxFileBytes = maxFileBytes }));
}
