namespace ConfBot.Core.Search;

/// <summary>
/// The index's fields and how much a match in each counts: names and tools say more about a talk than
/// prose. Few fields keep both indexing and per-question work small; only prose fields keep word
/// positions, because only they are searched for phrases ("api keys", "continuous delivery").
/// </summary>
internal static class TalkFields
{
    public const string Title = "title";
    public const string Speakers = "speakers";
    /// <summary>Tool, product and company names picked out of the talk and its links.</summary>
    public const string Tools = "tools";
    /// <summary>Link texts and the words of link addresses.</summary>
    public const string Links = "links";
    public const string Conference = "conference";
    /// <summary>Summary, key points and action points.</summary>
    public const string Body = "body";
    /// <summary>Exact year, for <c>year:</c> filters.</summary>
    public const string Year = "year";

    public static IReadOnlyList<SearchedField> Searched { get; } =
    [
        new(Title, 3.0f, Positions: true),
        new(Speakers, 3.0f, Positions: false),
        new(Tools, 2.5f, Positions: false),
        new(Links, 1.5f, Positions: false),
        new(Conference, 1.0f, Positions: false),
        new(Body, 1.0f, Positions: true),
    ];

    /// <summary>Fields short enough to match common words in without scanning most of the index.</summary>
    public static IReadOnlyList<SearchedField> Names { get; } = Searched.Where(f => f.Name is not (Body or Tools)).ToList();

    /// <summary>Where common words only add to the score of talks matched otherwise.</summary>
    public static IReadOnlyList<SearchedField> Prose { get; } = Searched.Where(f => f.Name is Body or Tools).ToList();
}
