using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using ConfBot.Core.Search;
using ConfBot.Core.Talks;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search.Highlight;

namespace ConfBot.Core.Answers;

/// <summary>
/// Chooses the key points of a talk that best answer a question and marks the matched words, using
/// Lucene's highlighter over the same analysis as the index (so "deploying" is marked for "deployment").
/// Extractive only: every highlight is text from the notes. What a talk offers is <see cref="KeyPointCandidates"/>.
/// </summary>
internal static class KeyPointPicker
{
    // A talk's candidates and their analysed words do not change while the talk lives (a reload builds new talks),
    // so they are worked out once per talk instead of on every question: answering used to spend most of its time
    // running the analyser over every key point of every hit.
    private static readonly ConditionalWeakTable<Talk, Candidate[]> CandidatesByTalk = new();

    /// <param name="relevance">How close in meaning each of the talk's key points is to the question, when search read meaning too.</param>
    public static IReadOnlyList<string> Pick(Talk talk, IReadOnlyList<string> terms, int count, IReadOnlyList<float>? relevance = null)
    {
        var candidates = CandidatesByTalk.GetValue(talk, Analyse);
        var wanted = terms.ToHashSet(StringComparer.Ordinal);
        // Words: the score Lucene's QueryTermScorer gives a fragment, the distinct query terms in it. Meaning: the
        // point's cosine similarity. Each is scaled by its best among the talk's points and the two are added, so
        // a point that says what was asked in other words can come first, and one with all the words still does.
        var words = candidates.Select(c => (float)c.Words.Count(wanted.Contains)).ToArray();
        var meaning = candidates.Select(c => relevance is not null && c.Point >= 0 ? Math.Max(0, relevance[c.Point]) : 0).ToArray();
        var (mostWords, closest) = (Math.Max(1, words.DefaultIfEmpty().Max()), Math.Max(1e-6f, meaning.DefaultIfEmpty().Max()));
        var best = candidates
            .Select((candidate, order) => (Candidate: candidate, Score: words[order] / mostWords + meaning[order] / closest, Order: order))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Order)
            .Take(count)
            .ToList();
        if (best.Count == 0)
            return [.. candidates.Take(Math.Min(count, 2)).Select(c => c.Text)];

        var highlighter = new Highlighter(new SimpleHTMLFormatter("*", "*"), new QueryTermScorer([.. wanted.Select(t => new WeightedTerm(1f, t))]))
        {
            TextFragmenter = new NullFragmenter(),
        };
        return [.. best.Select(c => Highlight(highlighter, c.Candidate.Text))];
    }

    private static Candidate[] Analyse(Talk talk) =>
        [.. KeyPointCandidates.Of(talk).Select(c => new Candidate(c.Text, c.Point, Words(c.Text)))];

    private static FrozenSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        using var tokens = ConfBotAnalyzer.Stemming.GetTokenStream("_", text);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        tokens.Reset();
        while (tokens.IncrementToken())
            words.Add(term.ToString());
        tokens.End();
        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    private static string Highlight(Highlighter highlighter, string text)
    {
        using var tokens = ConfBotAnalyzer.Stemming.GetTokenStream("_", text);
        return highlighter.GetBestTextFragments(tokens, text, false, 1).FirstOrDefault()?.ToString() ?? text;
    }

    /// <param name="Words">The candidate's words as the index analyses them (stemmed, stop words dropped).</param>
    private sealed record Candidate(string Text, int Point, FrozenSet<string> Words);
}
