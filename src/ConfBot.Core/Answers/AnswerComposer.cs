using ConfBot.Core.Search;

namespace ConfBot.Core.Answers;

/// <summary>Turns search results into an answer: per talk, the relevant points, links in reading order, its sources.</summary>
internal static class AnswerComposer
{
    public const int HighlightsPerTalk = 3;

    public static Answer Compose(SearchResults results) => new(
        results.Query.Question,
        results.Hits.Select(hit => new AnswerHit(
            hit.Talk,
            hit.Score,
            KeyPointPicker.Pick(hit.Talk, results.Terms, HighlightsPerTalk),
            LinkOrder.ForAnswer(hit.Talk.Links))).ToList(),
        results.Corrections,
        results.Suggestions);
}
