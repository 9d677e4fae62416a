namespace ConfBot.Core.Talks.Building;

/// <summary>
/// The write-up pairs that can score above 0 when merging, in index order: same talk page, the same heading twice in
/// one note, or (across notes) titles that can reach the merge overlap at the same occasion. Each lookup is bounded
/// two ways, and neither drops a pair that could match:
/// <list type="bullet">
/// <item>By occasion: a write-up whose note names its conference and year looks only among write-ups of that
/// conference and year, or of notes that leave one or both unsaid — a big folder spans many conferences, so each
/// lookup sees a slice of it. Only a write-up that does not know when it was given looks through all.</item>
/// <item>By rare words (prefix filtering): with every title's words ordered rarest first, two titles with at least
/// c words in common have their first common word within the first (size − c + 1) words of each. c follows from
/// the two sizes (<see cref="TitleWords.SharedNeeded"/>: two three-word titles need all three words), so a title is
/// looked up by its rarest word or two, and the common words every other title has are never walked.</item>
/// </list>
/// Write-ups are taken in order, each looked up among those before it, so each pair is found once.
/// </summary>
internal sealed class MergeCandidates
{
    private readonly MergeKeys[] _keys;
    private readonly double _sameTitle;
    private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);
    private readonly TitlePostings _postings = new();
    private readonly SortedSet<int> _sizes = [];
    // Both depend on title sizes only, which are few; worked out once per size rather than once per title.
    private readonly Dictionary<(int, int), int> _needed = [];
    private readonly Dictionary<int, int> _reach = [];

    private MergeCandidates(MergeKeys[] keys, double sameTitle)
    {
        _keys = keys;
        _sameTitle = sameTitle;
        foreach (var word in keys.SelectMany(k => k.Aliases.SelectMany(a => a).Distinct(StringComparer.Ordinal)))
            _frequency[word] = _frequency.GetValueOrDefault(word) + 1;
    }

    /// <summary>The candidate pairs (A before B) for titles that must overlap by <paramref name="sameTitle"/> to merge.</summary>
    public static List<(int A, int B)> Of(MergeKeys[] keys, double sameTitle) => new MergeCandidates(keys, sameTitle).Find();

    private List<(int A, int B)> Find()
    {
        var found = SameKey();
        for (var i = 0; i < _keys.Length; i++)
        {
            // A built title says who spoke, not what about: it never matches on words.
            if (_keys[i].TitleIsDerived)
                continue;
            var titles = _keys[i].Aliases.Where(a => a.Count > 0).Select(Rarest).ToList();
            foreach (var title in titles)
                Probe(i, title, found);
            foreach (var title in titles)
            {
                _postings.Add(_keys[i], title, Reach(title.Length), i);
                _sizes.Add(title.Length);
            }
        }
        return [.. found.Order()];
    }

    private void Probe(int i, string[] title, HashSet<(int, int)> found)
    {
        var key = _keys[i];
        foreach (var size in _sizes)
        {
            var needed = Needed(title.Length, size);
            if (needed == 0)
                continue;
            for (var position = 0; position <= title.Length - needed; position++)
                foreach (var list in _postings.Lookup(key, title[position], size))
                    foreach (var (j, at) in list)
                        if (at <= size - needed && _keys[j].File != key.File && key.SameOccasion(_keys[j]))
                            found.Add((j, i));
        }
    }

    private string[] Rarest(HashSet<string> words) =>
        [.. words.OrderBy(w => _frequency[w]).ThenBy(w => w, StringComparer.Ordinal)];

    /// <summary>How many of a title's rarest words it is looked up by: enough for the partner size that needs the fewest in common.</summary>
    private int Reach(int size)
    {
        if (_reach.TryGetValue(size, out var reach))
            return reach;
        var fewest = size;
        // Titles more than 2.5 times longer than another never overlap enough (their Jaccard is under 0.4).
        for (var other = 1; other <= 3 * size; other++)
            if (Needed(size, other) is > 0 and var needed)
                fewest = Math.Min(fewest, needed);
        return _reach[size] = size - fewest + 1;
    }

    private int Needed(int size, int other) =>
        _needed.TryGetValue((size, other), out var needed) ? needed : _needed[(size, other)] = TitleWords.SharedNeeded(size, other, _sameTitle);

    /// <summary>Pairs by an exact key: one talk page across notes, or one heading pasted twice into a note.</summary>
    private HashSet<(int, int)> SameKey()
    {
        var exact = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i].TalkPage is { } page)
                Add(exact, MergeKeys.PageKey + page, i);
            Add(exact, MergeKeys.PasteKey + _keys[i].File + "\n" + _keys[i].Title, i);
        }
        var found = new HashSet<(int, int)>();
        foreach (var (key, members) in exact)
            foreach (var a in members)
                foreach (var b in members)
                    if (a < b && (_keys[a].File == _keys[b].File) == key.StartsWith(MergeKeys.PasteKey, StringComparison.Ordinal))
                        found.Add((a, b));
        return found;
    }

    private static void Add(Dictionary<string, List<int>> postings, string key, int i) =>
        (postings.TryGetValue(key, out var list) ? list : postings[key] = []).Add(i);
}
