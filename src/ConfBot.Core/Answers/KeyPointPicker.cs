using System.Text.RegularExpressions;
using ConfBot.Core.Search;
using ConfBot.Core.Talks;
using Lucene.Net.Search.Highlight;

namespace ConfBot.Core.Answers;

/// <summary>
/// Chooses the key points of a talk that best answer a question and marks the matched words, using
/// Lucene's highlighter over the same analysis as the index (so "deploying" is marked for "deployment").
/// Extractive only: every highlight is text from the notes. Talks written as prose offer their sentences.
/// </summary>
internal static partial class KeyPointPicker
{
    private const int MaxLength = 320;

    public static IReadOnlyList<string> Pick(Talk talk, IReadOnlyList<string> terms, int count)
    {
        var highlighter = new Highlighter(new SimpleHTMLFormatter("*", "*"), new QueryTermScorer([.. terms.Select(t => new WeightedTerm(1f, t))]))
        {
            TextFragmenter = new NullFragmenter(),
        };
        // Merged write-ups often repeat a point with different punctuation or case; show it once.
        var candidates = talk.KeyPoints.Concat(Sentences(talk.Summary)).Select(Trim)
            .DistinctBy(c => c.TrimEnd('.', '!', '?', ' ').ToLowerInvariant())
            .ToList();
        var scored = candidates
            .Select((text, order) => (Fragment: Best(highlighter, text), Order: order))
            .Where(c => c.Fragment is { Score: > 0 })
            .OrderByDescending(c => c.Fragment!.Score)
            .ThenBy(c => c.Order)
            .Take(count)
            .Select(c => c.Fragment!.ToString())
            .ToList();
        return scored.Count > 0 ? scored : candidates.Take(Math.Min(count, 2)).ToList();
    }

    private static TextFragment? Best(Highlighter highlighter, string text)
    {
        using var tokens = ConfBotAnalyzer.Stemming.GetTokenStream("_", text);
        return highlighter.GetBestTextFragments(tokens, text, false, 1).FirstOrDefault();
    }

    private static IEnumerable<string> Sentences(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : SentenceEnd().Split(text).Where(s => s.Length > 0);

    private static string Trim(string text)
    {
        var flat = Whitespace().Replace(text, " ").Trim();
        return flat.Length <= MaxLength ? flat : flat[..MaxLength].TrimEnd() + "…";
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|\n\s*\n")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
