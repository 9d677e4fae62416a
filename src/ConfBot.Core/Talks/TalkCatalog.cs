using ConfBot.Core.Notes;

namespace ConfBot.Core.Talks;

/// <summary>Everything read from one notes folder: the merged talks, what was skipped or read leniently and why, and what became of each file.</summary>
public sealed record TalkCatalog(IReadOnlyList<Talk> Talks, IReadOnlyList<NoteWarning> Warnings)
{
    private TalkShortIds? _shortIds;

    public static TalkCatalog Empty { get; } = new([], []);

    /// <summary>One per file in the notes folder, in file order.</summary>
    public IReadOnlyList<NoteOutcome> Outcomes { get; init; } = [];

    /// <summary>
    /// The short ids of these talks, made once. Keyed by the talk list, because <c>with</c> copies this cache into
    /// a catalog that may hold other talks.
    /// </summary>
    public TalkShortIds ShortIds
    {
        get
        {
            var cached = _shortIds;
            if (cached is not null && ReferenceEquals(cached.Talks, Talks))
                return cached;
            return _shortIds = new TalkShortIds(Talks);
        }
    }

    /// <summary>The talk a full id, or a prefix of a short or full id that only it has, names (see <see cref="TalkShortIds.Resolve"/>).</summary>
    public Talk? Find(string id) => ShortIds.Resolve(id);

    /// <summary>The id to show people for a talk: short, and accepted by <see cref="Find"/>.</summary>
    public string ShortId(Talk talk) => ShortIds.Of(talk);
}
