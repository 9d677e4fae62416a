namespace ConfBot.Core.Search;

/// <summary>
/// The words an index was built from, with how often each is written, for correcting misspelled question
/// words ("kubernets", "deploymnet") before they are stemmed: stems of typos rarely resemble real stems.
/// Candidates share the first letter, which keeps lookups to a small bucket and matches how people misspell.
/// </summary>
internal sealed class SpellingDictionary
{
    private readonly Dictionary<string, int> _counts;
    private readonly Dictionary<char, KeyValuePair<string, int>[]> _byFirstLetter;

    public SpellingDictionary(Dictionary<string, int> counts)
    {
        _counts = counts;
        _byFirstLetter = counts
            .GroupBy(p => p.Key[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToArray());
    }

    public int Count => _counts.Count;

    public bool Contains(string word) => _counts.ContainsKey(word);

    /// <summary>Only plain words of three letters or more are worth correcting; codes, numbers and ids are not.</summary>
    public static bool IsCorrectable(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
            return false;
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
                return false;
        }
        return true;
    }

    /// <summary>How many edits a word of this length may be from its correction: short words have too many neighbours.</summary>
    public static int MaxEdits(int length) => length switch { < 4 => 0, < 8 => 1, _ => 2 };

    /// <summary>The closest known words (fewest edits, then most used), at most <paramref name="maxEdits"/> away.</summary>
    public IReadOnlyList<string> Closest(string word, int maxEdits, int limit)
    {
        if (maxEdits <= 0 || word.Length == 0 || !_byFirstLetter.TryGetValue(word[0], out var bucket))
            return [];
        var best = new List<string>();
        var bestDistance = maxEdits + 1;
        foreach (var (candidate, _) in bucket)
        {
            if (Math.Abs(candidate.Length - word.Length) >= bestDistance || candidate == word)
                continue;
            var distance = EditDistance.Between(word, candidate, Math.Min(bestDistance, maxEdits));
            if (distance > maxEdits)
                continue;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best.Clear();
            }
            if (best.Count < limit)
                best.Add(candidate);
        }
        return best;
    }
}
