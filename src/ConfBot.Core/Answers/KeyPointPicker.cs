using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text;
using ConfBot.Core.Search;
using ConfBot.Core.Talks;
using Lucene.Net.Analysis.TokenAttributes;

namespace ConfBot.Core.Answers;

/// <summary>
/// Chooses the key points of a talk that best answer a question and marks the matched words, by the same analysis
/// as the index (so "deploying" is marked for "deployment").
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

        return [.. best.Select(c => Highlight(c.Candidate, wanted))];
    }

    private static Candidate[] Analyse(Talk talk) =>
        [.. KeyPointCandidates.Of(talk).Select(c => Analyse(c.Text, c.Point))];

    private static Candidate Analyse(string text, int point)
    {
        var tokens = new List<Token>();
        using var stream = ConfBotAnalyzer.Stemming.GetTokenStream("_", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add(new Token(offset.StartOffset, offset.EndOffset, term.ToString()));
        stream.End();
        return new Candidate(text, point, tokens.Select(t => t.Term).ToFrozenSet(StringComparer.Ordinal), [.. tokens]);
    }

    /// <summary>
    /// Each word whose analysed form was asked for, wrapped in <c>*</c> as written. The words and where they stand were
    /// worked out with the talk: Lucene's highlighter ran the analyser again and allocated a token per word on every
    /// question, which made it the largest cost of answering after the search itself.
    /// </summary>
    private static string Highlight(Candidate candidate, HashSet<string> wanted)
    {
        var text = candidate.Text;
        var marked = new StringBuilder(text.Length + 8);
        var at = 0;
        foreach (var token in candidate.Tokens)
        {
            if (!wanted.Contains(token.Term))
                continue;
            marked.Append(text, at, token.Start - at).Append('*').Append(text, token.Start, token.End - token.Start).Append('*');
            at = token.End;
        }
        return at == 0 ? text : marked.Append(text, at, text.Length - at).ToString();
    }

    /// <param name="Words">The candidate's words as the index analyses them (stemmed, stop words dropped).</param>
    /// <param name="Tokens">Where each of those words stands in <paramref name="Text"/>, in order.</param>
    private sealed record Candidate(string Text, int Point, FrozenSet<string> Words, Token[] Tokens);

    private readonly record struct Token(int Start, int End, string Term);
}
