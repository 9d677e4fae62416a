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
    /// (across notes) enough title words in common. Found through an inverted index, counting shared words per pair,
    /// because comparing every pair made a few thousand write-ups (years of a team's notes) take half a minute.
    /// </summary>
    private static List<(int A, int B)> CandidatePairs(MergeKeys[] keys)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
            foreach (var key in keys[i].BlockingKeys())
                (postings.TryGetValue(key, out var list) ? list : postings[key] = []).Add(i);

        var pairs = new List<(int, int)>();
        var shared = new int[keys.Length];
        var touched = new List<int>();
        for (var i = 0; i < keys.Length; i++)
        {
            foreach (var key in keys[i].BlockingKeys())
            {
                var isWord = key.StartsWith(MergeKeys.WordKey, StringComparison.Ordinal);
                var withinNote = key.StartsWith(MergeKeys.PasteKey, StringComparison.Ordinal);
                var members = postings[key];
                // Postings are in index order: only the write-ups after i pair with it here.
                for (var at = members.BinarySearch(i) + 1; at < members.Count; at++)
                {
                    var j = members[at];
                    if (!withinNote && keys[j].File == keys[i].File)
                        continue;
                    if (shared[j] == 0)
                        touched.Add(j);
                    shared[j] += isWord ? 1 : MergeKeys.EnoughWords;
                }
            }
            touched.Sort();
            foreach (var j in touched)
            {
                if (shared[j] >= Math.Min(keys[i].FewestWords, keys[j].FewestWords))
                    pairs.Add((i, j));
                shared[j] = 0;
            }
            touched.Clear();
        }
        return pairs;
    }

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
        public const string WordKey = "word\n";

        /// <summary>Title words two write-ups must share before <see cref="TitleWords.Overlap"/> can match them.</summary>
        public const int EnoughWords = 2;

        /// <summary>Shared words needed with this write-up: two, or one when a title of it has a single word.</summary>
        public int FewestWords { get; } = Math.Max(1, Math.Min(EnoughWords, Aliases.Min(a => a.Count)));

        public IEnumerable<string> BlockingKeys()
        {
            if (TalkPage is not null)
                yield return "page\n" + TalkPage;
            yield return PasteKey + File + "\n" + Title;
            foreach (var word in Aliases.SelectMany(a => a).Distinct(StringComparer.Ordinal))
                yield return WordKey + word;
        }
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
