namespace ConfBot.Core.Talks.Building;

/// <summary>Headings that carry on the talk before them rather than start one, compared in a normalised form.</summary>
internal static class ContinuedHeadings
{
    /// <summary>Slide decks repeat a talk's title (or its start) on every slide: that is the same talk going on.</summary>
    public static bool Continues(string current, string next) => ContinuesNormalised(Normalise(current), Normalise(next));

    private static bool ContinuesNormalised(string current, string next) =>
        next.Length > 0 && (current == next || (current.StartsWith(next, StringComparison.Ordinal) && IsSeveralWords(next)));

    /// <summary>
    /// <see cref="Continues"/> against every earlier heading, kept normalised in ordinal order, in one binary search:
    /// headings that start with <paramref name="next"/> sort right at or after it. Adds <paramref name="next"/>.
    /// </summary>
    public static bool RepeatsAny(List<string> seen, string next)
    {
        var at = seen.BinarySearch(next, StringComparer.Ordinal);
        if (at >= 0)
            return next.Length > 0;
        at = ~at;
        seen.Insert(at, next);
        return at + 1 < seen.Count && ContinuesNormalised(seen[at + 1], next);
    }

    private static bool IsSeveralWords(string normalised) => normalised.Contains(' ', StringComparison.Ordinal);

    public static string Normalise(string text) =>
        string.Join(' ', new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
