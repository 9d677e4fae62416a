using System.Globalization;
using ConfBot.Core.Talks;

namespace ConfBot.Core.Search;

/// <summary>
/// The tools, products and projects several talks name (<see cref="ToolNames"/>, as the index picks them out), for
/// pointing people at what the notes cover. Words that are also ordinary English (“Vault”, “Secrets” in a title) are
/// left out, as are the talks' speakers, companies and conferences, and month and day names: those are no topic.
/// </summary>
public static class TalkTopics
{
    private static readonly HashSet<string> Calendar = new(
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Concat(CultureInfo.InvariantCulture.DateTimeFormat.DayNames).Where(n => n.Length > 0),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Names two or more talks use, most talks first, then alphabetically; each in its most used spelling.</summary>
    public static IReadOnlyList<TalkTopic> Frequent(IReadOnlyList<Talk> talks)
    {
        var notTopics = new HashSet<string>(Calendar, StringComparer.OrdinalIgnoreCase);
        foreach (var talk in talks)
            foreach (var name in talk.Speakers.Append(talk.Company).Append(talk.Conference).OfType<string>())
                notTopics.UnionWith(name.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        var spellings = new List<string>();
        var names = new List<string>();
        foreach (var talk in talks)
        {
            names.Clear();
            ToolNames.AppendFrom(talk.Title, names);
            ToolNames.AppendFrom(talk.Summary, names);
            foreach (var point in talk.KeyPoints)
                ToolNames.AppendFrom(point, names);
            // Each talk counts once per name, however often it says it.
            spellings.AddRange(names.Select(WithoutPossessive).Where(n => !notTopics.Contains(n) && !IsPlainWords(n))
                .DistinctBy(n => n, StringComparer.OrdinalIgnoreCase));
        }
        return
        [
            .. spellings.GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Count() > 1)
                .Select(g => new TalkTopic(MostUsed(g), g.Count()))
                .OrderByDescending(t => t.Talks)
                .ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase),
        ];
    }

    // "Amazon's" is Amazon.
    private static string WithoutPossessive(string name) =>
        name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? name[..^2] : name;

    // "Secrets", "Built-in", and contractions ("I've") are English, not a name.
    private static bool IsPlainWords(string name) =>
        name.Contains('\'') || name.Contains('’') || name.Split('-').All(part => EnglishWords.Contains(part.ToLowerInvariant()));

    private static string MostUsed(IEnumerable<string> spellings) =>
        spellings.GroupBy(s => s, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
}
