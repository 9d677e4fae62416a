namespace ConfBot.Core.Search;

/// <summary>One thing a question asks about, and the stemmed ways it may be written, each with its weight.</summary>
internal sealed record Concept(IReadOnlyList<(string[] Stems, float Weight)> Alternatives);
