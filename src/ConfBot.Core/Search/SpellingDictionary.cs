namespace ConfBot.Core.Search;

/// <summary>
/// The words an index was built from, with how often each is written, for correcting misspelled question
/// words ("kubernets", "deploymnet") before they are stemmed: stems of typos rarely resemble real stems.
/// Candidates share the first letter, which matches how people misspell; words are bucketed by first letter
/// and length so a lookup compares only words that could be close.
/// </summary>
internal sealed class SpellingDictionary
{
    private readonly Dictionary<string, int> _counts;
    private readonly Dictionary<(char First, int Length), KeyValuePair<string, int>[]> _buckets;

    public SpellingDictionary(Dictionary<string, int> counts)
    {
        _counts = counts;
        _buckets = counts
            .GroupBy(p => (p.Key[0], p.Key.Length))
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
        if (maxEdits <= 0 || word.Length == 0)
            return [];
        var best = new List<(string Word, int Count)>();
        var bestDistance = maxEdits + 1;
        for (var length = word.Length - maxEdits; length <= word.Length + maxEdits; length++)
        {
            if (!_buckets.TryGetValue((word[0], length), out var bucket) || Math.Abs(length - word.Length) >= bestDistance)
                continue;
            foreach (var (candidate, count) in bucket)
            {
                if (candidate == word)
                    continue;
                var distance = EditDistance.Between(word, candidate, Math.Min(bestDistance, maxEdits));
                if (distance > maxEdits)
                    continue;
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best.Clear();
                }
                if (distance == bestDistance)
                    best.Add((candidate, count));
            }
        }
        return best.OrderByDescending(b => b.Count).ThenBy(b => b.Word, StringComparer.Ordinal).Take(limit).Select(b => b.Word).ToList();
    }
}
