using ConfBot.Core.Search;

namespace ConfBot.Core.Answers;

/// <summary>Turns search results into an answer: per talk, the relevant points, links in reading order, its sources named and linked.</summary>
internal static class AnswerComposer
{
    public const int HighlightsPerTalk = 3;

    /// <param name="notesWebsite">Where the notes can be read on the web, for linking sources; null when they cannot.</param>
    public static Answer Compose(SearchResults results, Uri? notesWebsite) => new(
        results.Query.Question,
        results.Hits.Select(hit => new AnswerHit(
            hit.Talk,
            hit.Score,
            KeyPointPicker.Pick(hit.Talk, results.Terms, HighlightsPerTalk, hit.PointRelevance),
            LinkOrder.ForAnswer(hit.Talk.Links))
        {
            Sources = [.. hit.Talk.Sources.Select(s => SourceReference.Of(s, notesWebsite))],
        }).ToList(),
        results.Corrections,
        results.Suggestions);
}
