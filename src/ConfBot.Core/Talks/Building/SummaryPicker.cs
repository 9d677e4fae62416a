namespace ConfBot.Core.Talks.Building;

/// <summary>
/// A write-up's summary: the sentence most central to the whole write-up (<see cref="SentenceCentrality"/>), not the
/// first one, weighed up when it reports what the talk covered ("talked about", "a primer on") and down when it is the
/// author's verdict (<see cref="Verdicts"/>) or a question. A write-up with no prose is summed up by its most central bullets.
/// </summary>
internal static class SummaryPicker
{
    private const int MaxLength = 320;
    private const int MaxBullets = 3;

    /// <param name="paragraphs">The write-up's prose, one string per paragraph.</param>
    /// <param name="topBullets">Its top-level bullets: what a write-up without prose is summed up from.</param>
    /// <param name="bullets">All its bullets, for telling what is central.</param>
    public static string? Pick(string title, IReadOnlyList<string> paragraphs, IReadOnlyList<string> topBullets, IReadOnlyList<string> bullets)
    {
        var sentences = paragraphs
            // Judged without their verdict clauses: "While I had expectations of this talk, this was a primer on Vault"
            // reports as plainly as its second half, and that half is what a summary should say.
            .SelectMany((p, paragraph) => Sentences.Split(p).Select(s => (Text: Verdicts.WithoutVerdictClauses(s), Paragraph: paragraph)))
            .ToList();
        var candidates = sentences.Where(s => IsProse(s.Text)).DistinctBy(s => s.Text).ToList();
        // Each unit of the write-up counts once, so no candidate is central merely for also being in the context.
        var titleWeight = new[] { title, title };
        if (candidates.Count > 0)
            return FromProse(candidates, sentences, [.. bullets, .. sentences.Except(candidates).Select(s => s.Text), .. titleWeight]);

        var items = Summable(topBullets) is { Count: > 0 } top ? top : Summable(bullets);
        if (items.Count == 0)
            return null;
        var scores = Scores(items, [.. bullets.Except(items, StringComparer.OrdinalIgnoreCase), .. titleWeight]);
        var best = Enumerable.Range(0, items.Count).OrderByDescending(i => scores[i]).Take(MaxBullets).Order();
        return Sentences.Shorten(string.Join("; ", best.Select(i => items[i].TrimEnd('.', ';'))), MaxLength);
    }

    private static string FromProse(List<(string Text, int Paragraph)> candidates, List<(string Text, int Paragraph)> sentences, IReadOnlyList<string> context)
    {
        var scores = Scores([.. candidates.Select(c => c.Text)], context);
        var best = Enumerable.Range(0, candidates.Count).MaxBy(i => scores[i]);
        var summary = candidates[best].Text;
        // A short sentence rarely says enough on its own; the next one in its paragraph goes on with the same thought.
        var at = sentences.IndexOf(candidates[best]);
        if (Sentences.WordCount(summary) < 12 && at + 1 < sentences.Count && sentences[at + 1] is var next
            && next.Paragraph == candidates[best].Paragraph && Verdicts.Signals(next.Text) == 0)
            summary = $"{summary} {next.Text}";
        return Sentences.Shorten(summary, MaxLength);
    }

    // A bullet of a word or two ("Slides (TBD)", "Q&A") labels a part of the notes rather than saying something.
    private static List<string> Summable(IReadOnlyList<string> bullets) =>
        [.. bullets.Where(b => Sentences.WordCount(b) >= 3).Distinct(StringComparer.OrdinalIgnoreCase)];

    // A short line that does not end like a sentence is a caption ("Sam Aaron (University of Cambridge)"), not prose.
    private static bool IsProse(string sentence) =>
        Sentences.WordCount(sentence) is var words && words >= 5 && (words >= 8 || ".!?".Contains(sentence[^1]));

    private static double[] Scores(IReadOnlyList<string> candidates, IReadOnlyList<string> context)
    {
        var centrality = SentenceCentrality.Score(candidates, context);
        return [.. candidates.Select((c, i) => centrality[i] * Weight(c))];
    }

    private static double Weight(string sentence)
    {
        var weight = 1.0 / (1 + Verdicts.Signals(sentence));
        if (Reports(Verdicts.Words(sentence)))
            weight *= 1.5;
        if (sentence.TrimEnd().EndsWith('?'))
            weight *= 0.5;
        return weight * Math.Min(1, Sentences.WordCount(sentence) / 8.0);
    }

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "talk", "talked", "talks", "talking", "spoke", "speaks", "presented", "presents", "covered", "covers", "discussed",
        "discusses", "explained", "explains", "showed", "shows", "described", "describes", "introduced", "introduces",
        "demoed", "demonstrated", "walked", "walks", "focused", "focussed", "focuses", "dealt", "deals", "was", "is",
    };

    private static readonly HashSet<string> Subjects = new(StringComparer.OrdinalIgnoreCase) { "about", "on", "through", "how", "why" };

    private static readonly HashSet<string> Overviews = new(StringComparer.OrdinalIgnoreCase) { "primer", "introduction", "intro", "overview", "walkthrough", "tour", "dive" };

    private static readonly HashSet<string> OverviewOf = new(StringComparer.OrdinalIgnoreCase) { "on", "to", "of", "into" };

    /// <summary>How a note says what a talk covered: "X talked about", "focussed on", "was mostly a primer on", "an overview of".</summary>
    private static bool Reports(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (ReportingVerbs.Contains(words[i]) && words.Skip(i + 1).Take(7).Any(Subjects.Contains))
                return true;
            if (Overviews.Contains(words[i]) && i + 1 < words.Count && OverviewOf.Contains(words[i + 1]))
                return true;
        }
        return false;
    }
}
