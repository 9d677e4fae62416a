namespace ConfBot.Core.Search;

/// <summary>
/// The domain synonym groups from <c>Data/synonyms.txt</c>, keyed by stemmed entry so that a question's
/// stemmed words (and phrases such as "api keys") find every other way of saying the same thing.
/// </summary>
internal sealed class SynonymList
{
    private readonly Dictionary<string, List<string[]>> _alternatives = new(StringComparer.Ordinal);

    public SynonymList(IEnumerable<string> groups)
    {
        foreach (var group in groups)
        {
            var entries = group.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(e => ConfBotAnalyzer.Stemming.Tokens(e).ToArray())
                .Where(e => e.Length > 0)
                .ToList();
            foreach (var entry in entries)
            {
                var key = string.Join(' ', entry);
                if (!_alternatives.TryGetValue(key, out var alternatives))
                    _alternatives[key] = alternatives = [];
                foreach (var other in entries.Where(o => !alternatives.Any(a => a.SequenceEqual(o))))
                    alternatives.Add(other);
                MaxEntryWords = Math.Max(MaxEntryWords, entry.Length);
            }
        }
    }

    public static SynonymList Default { get; } = new(EmbeddedData.ReadLines("synonyms.txt"));

    public int MaxEntryWords { get; private set; }

    public bool Contains(string stem) => _alternatives.ContainsKey(stem);

    /// <summary>
    /// The longest entry starting at <paramref name="start"/> and every way of saying it (itself included),
    /// or a length of zero when no entry starts there.
    /// </summary>
    public (int Length, IReadOnlyList<string[]> Alternatives) Match(IReadOnlyList<string> stems, int start)
    {
        for (var length = Math.Min(MaxEntryWords, stems.Count - start); length > 0; length--)
        {
            var key = string.Join(' ', Enumerable.Range(start, length).Select(i => stems[i]));
            if (_alternatives.TryGetValue(key, out var alternatives))
                return (length, alternatives);
        }
        return (0, []);
    }
}
