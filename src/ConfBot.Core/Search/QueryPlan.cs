using Lucene.Net.Search;

namespace ConfBot.Core.Search;

/// <summary>A question made ready to run: the Lucene query plus what is needed to explain and highlight the result.</summary>
internal sealed record QueryPlan(
    Query? Query,
    IReadOnlyList<string> Terms,
    IReadOnlyDictionary<string, string> Corrections)
{
    /// <summary>When asked for: the same question matching talks that have any of its concepts, filters still holding.</summary>
    public Query? Broad { get; init; }

    /// <summary>True when common words were matched in names only, so an empty result is worth a full retry.</summary>
    public bool HasCommonWords { get; init; }
}
