using ConfBot.Core.Notes;

namespace ConfBot.Core.Talks;

/// <summary>Everything read from one notes folder: the merged talks, what was skipped or read leniently and why, and what became of each file.</summary>
public sealed record TalkCatalog(IReadOnlyList<Talk> Talks, IReadOnlyList<NoteWarning> Warnings)
{
    public static TalkCatalog Empty { get; } = new([], []);

    /// <summary>One per file in the notes folder, in file order.</summary>
    public IReadOnlyList<NoteOutcome> Outcomes { get; init; } = [];

    public Talk? Find(string id) => Talks.FirstOrDefault(t => t.Id == id);
}
