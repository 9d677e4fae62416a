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
        var groups = writeUps.Select(w => new List<WriteUp> { w }).ToList();
        var pairs = new List<(double Score, int A, int B)>();
        for (var i = 0; i < writeUps.Count; i++)
            for (var j = i + 1; j < writeUps.Count; j++)
                if (Similarity(writeUps[i], writeUps[j]) is > 0 and var score)
                    pairs.Add((score, i, j));

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

    private static double Similarity(WriteUp a, WriteUp b)
    {
        if (!Compatible(a.Conference, b.Conference) || !Compatible(a.Year, b.Year) || !Compatible(a.Day, b.Day))
            return 0;
        if (a.Source.File == b.Source.File)
            return IsRepeatedPaste(a, b) ? 1 : 0;
        var pageA = TalkPage(a);
        var pageB = TalkPage(b);
        if (pageA is not null && pageA == pageB)
            return 1;
        if (a.TitleIsDerived || b.TitleIsDerived)
            return 0;
        var best = Aliases(a).SelectMany(x => Aliases(b).Select(y => TitleWords.Overlap(x, y))).DefaultIfEmpty(0).Max();
        return best >= SameTitle ? best : 0;
    }

    private static bool IsRepeatedPaste(WriteUp a, WriteUp b) =>
        string.Equals(a.Source.Title, b.Source.Title, StringComparison.OrdinalIgnoreCase)
        && a.Speakers.SequenceEqual(b.Speakers, StringComparer.OrdinalIgnoreCase);

    private static bool CanJoin(List<WriteUp> a, List<WriteUp> b) =>
        !a.Any(x => b.Any(y => x.Source.File == y.Source.File && !IsRepeatedPaste(x, y)));

    private static IEnumerable<HashSet<string>> Aliases(WriteUp w)
    {
        yield return TitleWords.Of(w.Title);
        if (TalkPageLink(w) is { } page)
            yield return TitleWords.OfSlug(page.Url);
    }

    private static TalkLink? TalkPageLink(WriteUp w) => w.Links.FirstOrDefault(l => l.Kind == LinkKind.TalkPage);

    private static string? TalkPage(WriteUp w) => TalkPageLink(w) is { } page ? LinkCollector.Key(page.Url) : null;

    private static bool Compatible(string? a, string? b) =>
        a is null || b is null || ConferenceName.Key(a) == ConferenceName.Key(b);

    private static bool Compatible(int? a, int? b) => a is null || b is null || a == b;

    private static int Find(int[] owner, int i)
    {
        while (owner[i] != i)
            i = owner[i] = owner[owner[i]];
        return i;
    }
}
