using ConfBot.Core.Talks;

namespace ConfBot.Core.Search;

/// <summary>A talk that matched a question, with its relevance score (comparable only within one search).</summary>
public sealed record SearchHit(Talk Talk, float Score)
{
    /// <summary>How close in meaning each of the talk's key points is to the question (cosine, in the talk's order); none when search is by words only.</summary>
    public IReadOnlyList<float>? PointRelevance { get; init; }
}
