using ConfBot.Core.Talks;

namespace ConfBot.Slack.Replies;

/// <summary>How many talks the notes hold for one conference and year.</summary>
internal sealed record ConferenceCount(string Conference, int? Year, int Talks)
{
    public const string Unnamed = "Conference not named";

    /// <summary>Every conference and year in the catalog, alphabetically, newest year first within a conference.</summary>
    public static IReadOnlyList<ConferenceCount> From(TalkCatalog catalog) =>
    [
        .. catalog.Talks
            .GroupBy(t => (Conference: t.Conference ?? Unnamed, t.Year))
            .Select(g => new ConferenceCount(g.Key.Conference, g.Key.Year, g.Count()))
            .OrderBy(c => c.Conference == Unnamed)
            .ThenBy(c => c.Conference, StringComparer.OrdinalIgnoreCase)
            .ThenByDescending(c => c.Year),
    ];

    public string Name => Year is { } year && !Conference.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        ? $"{Conference} {year}"
        : Conference;
}
