using ConfBot.Core.Talks;

namespace ConfBot.Core.Search;

/// <summary>A talk that matched a question, with its relevance score (comparable only within one search).</summary>
public sealed record SearchHit(Talk Talk, float Score);
