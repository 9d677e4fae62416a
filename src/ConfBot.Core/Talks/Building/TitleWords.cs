namespace ConfBot.Core.Talks.Building;

/// <summary>The meaning words of a title (or of a talk page's URL slug), lightly stemmed, for telling whether two write-ups name one talk.</summary>
internal static class TitleWords
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "with", "for", "of", "in", "on", "and", "to", "your", "using", "by", "at", "from", "is", "are",
        "what", "how", "why", "should", "be", "it", "its", "our", "my", "we", "you", "d",
    };

    public static HashSet<string> Of(string text)
    {
        var words = new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Filler.Contains(w) && !w.All(char.IsDigit))
            .Select(Stem);
        return [.. words];
    }

    /// <summary>The words of the last path segment of a talk page ("72-spotswap-running-production-apis-on-spot-instances").</summary>
    public static HashSet<string> OfSlug(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? Of(uri.Segments.LastOrDefault()?.Replace('-', ' ').Replace('_', ' ') ?? "")
            : [];

    /// <summary>Share of the shorter set found in the longer; 0 unless at least two words (or the whole of a one-word title) match.</summary>
    public static double Overlap(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : Overlap(a.Count(b.Contains), a.Count, b.Count);

    /// <summary><see cref="Overlap(HashSet{string}, HashSet{string})"/> from counts: words in common, and each title's words.</summary>
    public static double Overlap(int common, int a, int b)
    {
        var smaller = Math.Min(a, b);
        if (common < Math.Min(2, smaller))
            return 0;
        var jaccard = (double)common / (a + b - common);
        return jaccard < 0.4 ? 0 : (double)common / smaller;
    }

    /// <summary>
    /// The fewest words in common with which titles of <paramref name="a"/> and <paramref name="b"/> words reach
    /// <paramref name="overlap"/>, or 0 when no overlap of theirs can: the bound that lets merging look only at the
    /// rarest words of each title.
    /// </summary>
    public static int SharedNeeded(int a, int b, double overlap)
    {
        for (var common = 1; common <= Math.Min(a, b); common++)
            if (Overlap(common, a, b) >= overlap)
                return common;
        return 0;
    }

    /// <summary>Plural to singular ("services", "libraries"): enough for notes to match their own words.</summary>
    public static string Stem(string word)
    {
        var stem = Stem(word.AsSpan());
        return stem.Length == word.Length ? word : stem.ToString();
    }

    /// <inheritdoc cref="Stem(string)"/>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
            return string.Concat(word[..^3], "y");
        if (word.Length > 3 && word[^1] == 's' && word[^2] != 's')
            return word[..^1];
        return word;
    }
}
