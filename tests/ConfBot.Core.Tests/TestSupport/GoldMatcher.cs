using System.Text.RegularExpressions;
using ConfBot.Core.Talks;

namespace ConfBot.Core.Tests.TestSupport;

/// <summary>
/// Pairs each labelled talk with the write-up ConfBot made of it, matching loosely as the gold file says:
/// titles ignore case, punctuation and a leading code like "D02T01:"; untitled talks match by speaker (and topic).
/// </summary>
public static partial class GoldMatcher
{
    internal static Dictionary<string, (Talk Talk, WriteUp WriteUp)> Match(SeedsGold gold, TalkCatalog catalog)
    {
        var matches = new Dictionary<string, (Talk, WriteUp)>();
        foreach (var note in gold.Notes)
        {
            var candidates = catalog.Talks
                .SelectMany(t => t.WriteUps.Select(w => (Talk: t, WriteUp: w)))
                .Where(x => x.WriteUp.Source.File == note.File)
                .ToList();
            foreach (var talk in note.Talks)
            {
                var found = candidates.Where(c => Matches(talk, c.WriteUp)).ToList();
                if (found.Count > 1 && talk.Topic is not null)
                    found = found.Where(c => Normalise(c.WriteUp.Title).Contains(Normalise(talk.Topic))).ToList();
                if (found.Count == 0)
                    continue;
                matches[talk.Key] = found[0];
                candidates.Remove(found[0]);
            }
        }
        return matches;
    }

    internal static bool Matches(GoldTalk gold, WriteUp writeUp)
    {
        if (gold.Title is not null)
        {
            var expected = Normalise(Code().Replace(gold.Title, ""));
            var actual = Normalise(writeUp.Title);
            return actual == expected || actual.Contains(expected) || expected.Contains(actual) && actual.Length > 10;
        }
        return gold.Speakers.All(s => writeUp.Speakers.Any(w => Normalise(w).Contains(Normalise(s))));
    }

    public static string Normalise(string text) =>
        string.Join(' ', Regex.Replace(text.ToLowerInvariant(), @"[^\p{L}\p{N}]+", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A labelled link found among the write-up's links; "youtube:ID" matches any link carrying that video id.</summary>
    internal static bool HasLink(IEnumerable<TalkLink> links, string expected)
    {
        if (expected.StartsWith("youtube:", StringComparison.Ordinal))
            return links.Any(l => l.Url.Contains(expected["youtube:".Length..], StringComparison.Ordinal));
        var key = UrlKey(expected);
        return links.Any(l => UrlKey(l.Url) == key);
    }

    private static string UrlKey(string url) =>
        Regex.Replace(url.ToLowerInvariant(), @"^https?://(www\.)?", "").TrimEnd('/');

    [GeneratedRegex(@"^[A-Z]\d+T\d+:\s*")]
    private static partial Regex Code();
}
