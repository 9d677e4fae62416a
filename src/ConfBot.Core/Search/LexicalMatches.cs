namespace ConfBot.Core.Search;

/// <summary>A talk's position in the snapshot and its BM25 score.</summary>
internal readonly record struct LexicalMatch(int Talk, float Score);

/// <summary>What the question's words find (see <see cref="TalkIndex.Match"/>), best first.</summary>
internal sealed record LexicalMatches(IReadOnlyList<LexicalMatch> Strict, IReadOnlyList<LexicalMatch> Broad, QueryPlan Plan);
