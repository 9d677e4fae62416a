namespace ConfBot.Core.Search;

/// <summary>The index's fields and how much a match in each counts: names and tools say more about a talk than prose.</summary>
internal static class TalkFields
{
    public const string Title = "title";
    public const string Speakers = "speakers";
    public const string Company = "company";
    public const string Conference = "conference";
    public const string Summary = "summary";
    public const string KeyPoints = "keypoints";
    public const string Links = "links";
    public const string Tools = "tools";
    public const string Actions = "actions";
    /// <summary>Exact year, for <c>year:</c> filters.</summary>
    public const string Year = "year";

    public static IReadOnlyList<(string Name, float Boost)> Searched { get; } =
    [
        (Title, 3.0f),
        (Speakers, 3.0f),
        (Tools, 2.5f),
        (Company, 2.0f),
        (Links, 1.5f),
        (Conference, 1.0f),
        (KeyPoints, 1.0f),
        (Summary, 1.0f),
        (Actions, 1.0f),
    ];
}
