namespace ConfBot.Core.Talks.Building;

/// <summary>What a write-up is compared by when merging, worked out once per write-up rather than once per pair.</summary>
internal sealed record MergeKeys(string File, string Title, bool TitleIsDerived, string? Conference, int? Year, int? Day, string? TalkPage, HashSet<string>[] Aliases)
{
    public const string PasteKey = "paste\n";
    public const string PageKey = "page\n";

    public static MergeKeys Of(WriteUp w)
    {
        var page = w.Links.FirstOrDefault(l => l.Kind == LinkKind.TalkPage);
        HashSet<string>[] aliases = page is null ? [TitleWords.Of(w.Title)] : [TitleWords.Of(w.Title), TitleWords.OfSlug(page.Url)];
        return new MergeKeys(
            w.Source.File,
            w.Source.Title.ToUpperInvariant(),
            w.TitleIsDerived,
            w.Conference is null ? null : ConferenceName.Key(w.Conference),
            w.Year,
            w.Day,
            page is null ? null : LinkCollector.Key(page.Url),
            aliases);
    }

    /// <summary>True when both conference and year are known, so only write-ups of that conference and year (or of none) can match.</summary>
    public bool KnowsWhen => Conference is not null && Year is not null;

    /// <summary>Whether the two can be one talk by when it was given: what both notes say about conference, year and day agrees.</summary>
    public bool SameOccasion(MergeKeys other) =>
        Compatible(Conference, other.Conference) && Compatible(Year, other.Year) && Compatible(Day, other.Day);

    private static bool Compatible(string? a, string? b) => a is null || b is null || a == b;

    private static bool Compatible(int? a, int? b) => a is null || b is null || a == b;
}
