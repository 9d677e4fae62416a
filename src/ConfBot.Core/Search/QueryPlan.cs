using Lucene.Net.Search;

namespace ConfBot.Core.Search;

/// <summary>A question made ready to run: the Lucene query plus what is needed to explain and highlight the result.</summary>
internal sealed record QueryPlan(
    Query? Query,
    IReadOnlyList<string> Terms,
    IReadOnlyDictionary<string, string> Corrections,
    IReadOnlyList<string> UnknownWords);
