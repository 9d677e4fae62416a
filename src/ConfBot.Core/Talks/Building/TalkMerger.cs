namespace ConfBot.Core.Talks.Building;

/// <summary>
/// Groups write-ups that describe the same talk: same talk page, or titles (and talk-page slugs) that say the same
/// thing, at the same conference, year and day. Two write-ups from one note are never one talk — a note does not
/// describe a talk twice — unless the note repeats the very same heading (an accidental paste).
/// </summary>
internal static class TalkMerger
{
    private const double SameTitle = 0.75;

    public static IReadOnlyList<IReadOnlyList<WriteUp>> Group(IReadOnlyList<WriteUp> writeUps)
    {
        var keys = writeUps.Select(MergeKeys.Of).ToArray();
        var pairs = new List<(double Score, int A, int B)>();
        foreach (var (i, j) in CandidatePairs(keys))
            if (Similarity(writeUps[i], writeUps[j], keys[i], keys[j]) is > 0 and var score)
                pairs.Add((score, i, j));

        var groups = writeUps.Select(w => new List<WriteUp> { w }).ToList();
        var owner = Enumerable.Range(0, writeUps.Count).ToArray();
        foreach (var (_, a, b) in pairs.OrderByDescending(p => p.Score))
        {
            int ga = Find(owner, a), gb = Find(owner, b);
            if (ga == gb || !CanJoin(groups[ga], groups[gb]))
                continue;
            groups[ga].AddRange(groups[gb]);
            groups[gb].Clear();
            owner[gb] = ga;
        }
        return groups.Where(g => g.Count > 0)
            .Select(g => (IReadOnlyList<WriteUp>)g.OrderBy(w => w.Source.File, StringComparer.Ordinal).ThenBy(w => w.Source.Line).ToList())
            .OrderBy(g => g[0].Source.File, StringComparer.Ordinal).ThenBy(g => g[0].Source.Line)
            .ToList();
    }

    /// <summary>
    /// The pairs that can score above 0, in index order: same talk page, the same heading twice in one note, or
    /// (across notes) enough title words in common. Title words are found by prefix filtering: with each write-up's
    /// words ordered rarest first, two write-ups sharing two words share one among the words of each but its most
    /// common, so the most common word of a title (often the conference's topic, shared by thousands of titles) is
    /// never walked. Every candidate is then counted exactly, so the pairs are the ones all-words blocking finds.
    /// </summary>
    private static List<(int A, int B)> CandidatePairs(MergeKeys[] keys)
    {
        var words = keys.Select(k => k.Aliases.SelectMany(a => a).Distinct(StringComparer.Ordinal).ToArray()).ToArray();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words.SelectMany(w => w))
            frequency[word] = frequency.GetValueOrDefault(word) + 1;

        var prefixOf = new string[keys.Length][];
        var prefixes = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var everywhere = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var exact = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            var ordered = words[i].OrderBy(w => frequency[w]).ThenBy(w => w, StringComparer.Ordinal).ToArray();
            prefixOf[i] = ordered[..Prefix(keys[i], ordered.Length)];
            foreach (var word in prefixOf[i])
                Add(prefixes, word, i);
            foreach (var word in ordered)
                Add(everywhere, word, i);
            if (keys[i].TalkPage is { } page)
                Add(exact, MergeKeys.PageKey + page, i);
            Add(exact, MergeKeys.PasteKey + keys[i].File + "\n" + keys[i].Title, i);
        }

        var found = new HashSet<(int, int)>();
        foreach (var (key, members) in exact)
            foreach (var a in members)
                foreach (var b in members)
                    if (a < b && (keys[a].File == keys[b].File) == key.StartsWith(MergeKeys.PasteKey, StringComparison.Ordinal))
                        found.Add((a, b));
        for (var i = 0; i < keys.Length; i++)
        {
            // A one-word title pairs on that word alone, which may be the most common word of the other title.
            var probed = keys[i].FewestWords == 1 ? everywhere : prefixes;
            foreach (var word in prefixOf[i])
                foreach (var j in probed[word])
                    if (j != i && keys[j].File != keys[i].File && !found.Contains((Math.Min(i, j), Math.Max(i, j)))
                        && SharedWords(words[i], words[j]) >= Math.Min(keys[i].FewestWords, keys[j].FewestWords))
                        found.Add((Math.Min(i, j), Math.Max(i, j)));
        }
        return [.. found.Order()];
    }

    // Words of one write-up that pairs with another on two shared words must include: all but its most common.
    private static int Prefix(MergeKeys key, int words) => key.FewestWords == 1 ? words : words - 1;

    private static int SharedWords(string[] a, string[] b) => a.Count(b.Contains);

    private static void Add(Dictionary<string, List<int>> postings, string key, int i) =>
        (postings.TryGetValue(key, out var list) ? list : postings[key] = []).Add(i);

    private static double Similarity(WriteUp a, WriteUp b, MergeKeys ka, MergeKeys kb)
    {
        if (!Compatible(ka.Conference, kb.Conference) || !Compatible(a.Year, b.Year) || !Compatible(a.Day, b.Day))
            return 0;
        if (a.Source.File == b.Source.File)
            return IsRepeatedPaste(a, b) ? 1 : 0;
        if (ka.TalkPage is not null && ka.TalkPage == kb.TalkPage)
            return 1;
        if (a.TitleIsDerived || b.TitleIsDerived)
            return 0;
        var best = ka.Aliases.SelectMany(x => kb.Aliases.Select(y => TitleWords.Overlap(x, y))).DefaultIfEmpty(0).Max();
        return best >= SameTitle ? best : 0;
    }

    private static bool IsRepeatedPaste(WriteUp a, WriteUp b) =>
        string.Equals(a.Source.Title, b.Source.Title, StringComparison.OrdinalIgnoreCase)
        && a.Speakers.SequenceEqual(b.Speakers, StringComparer.OrdinalIgnoreCase);

    private static bool CanJoin(List<WriteUp> a, List<WriteUp> b) =>
        !a.Any(x => b.Any(y => x.Source.File == y.Source.File && !IsRepeatedPaste(x, y)));

    /// <summary>What a write-up is compared by, worked out once per write-up rather than once per pair.</summary>
    private sealed record MergeKeys(string File, string Title, string? Conference, string? TalkPage, HashSet<string>[] Aliases)
    {
        public static MergeKeys Of(WriteUp w)
        {
            var page = w.Links.FirstOrDefault(l => l.Kind == LinkKind.TalkPage);
            HashSet<string>[] aliases = page is null ? [TitleWords.Of(w.Title)] : [TitleWords.Of(w.Title), TitleWords.OfSlug(page.Url)];
            return new MergeKeys(
                w.Source.File,
                w.Source.Title.ToUpperInvariant(),
                w.Conference is null ? null : ConferenceName.Key(w.Conference),
                page is null ? null : LinkCollector.Key(page.Url),
                aliases);
        }

        public const string PasteKey = "paste\n";
        public const string PageKey = "page\n";

        /// <summary>Title words two write-ups must share before <see cref="TitleWords.Overlap"/> can match them.</summary>
        public const int EnoughWords = 2;

        /// <summary>Shared words needed with this write-up: two, or one when a title of it has a single word.</summary>
        public int FewestWords { get; } = Math.Max(1, Math.Min(EnoughWords, Aliases.Min(a => a.Count)));
    }

    private static bool Compatible(string? a, string? b) => a is null || b is null || a == b;

    private static bool Compatible(int? a, int? b) => a is null || b is null || a == b;

    private static int Find(int[] owner, int i)
    {
        while (owner[i] != i)
            i = owner[i] = owner[owner[i]];
        return i;
    }
}
