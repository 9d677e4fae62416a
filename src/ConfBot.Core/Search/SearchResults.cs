namespace ConfBot.Core.Search;

/// <summary>The outcome of one search: the hits and what the question was understood as.</summary>
/// <param name="Terms">The stemmed terms searched for, synonyms and corrections included; used to highlight answers.</param>
/// <param name="Corrections">Misspelled words and the words they were read as ("kubernets" → "kubernetes").</param>
/// <param name="Suggestions">Close words from the notes, offered when nothing matched.</param>
public sealed record SearchResults(
    SearchQuery Query,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<string> Terms,
    IReadOnlyDictionary<string, string> Corrections,
    IReadOnlyList<string> Suggestions);
