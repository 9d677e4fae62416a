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
        foreach (var (i, j) in MergeCandidates.Of(keys, SameTitle))
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

    private static double Similarity(WriteUp a, WriteUp b, MergeKeys ka, MergeKeys kb)
    {
        if (!ka.SameOccasion(kb))
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

    private static int Find(int[] owner, int i)
    {
        while (owner[i] != i)
            i = owner[i] = owner[owner[i]];
        return i;
    }
}
