using ConfBot.Core.Notes;

namespace ConfBot.Core.Talks;

/// <summary>Everything read from one notes folder: the merged talks, and the notes that were skipped and why.</summary>
public sealed record TalkCatalog(IReadOnlyList<Talk> Talks, IReadOnlyList<NoteWarning> Warnings)
{
    public static TalkCatalog Empty { get; } = new([], []);

    public Talk? Find(string id) => Talks.FirstOrDefault(t => t.Id == id);
}
