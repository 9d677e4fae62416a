namespace ConfBot.Core.Talks.Building;

/// <summary>
/// English words that carry grammar rather than a subject (articles, prepositions, pronouns, auxiliaries), in lower
/// case: what centrality scoring leaves out and what a shortened topic must not end on.
/// </summary>
internal static class FunctionWords
{
    public static readonly IReadOnlyList<string> English =
    [
        "a", "an", "the", "and", "or", "but", "if", "then", "so", "of", "in", "on", "at", "to", "for", "from", "by", "with",
        "about", "into", "over", "as", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "this", "that",
        "these", "those", "there", "here", "he", "she", "they", "them", "his", "her", "their", "we", "our", "you", "your",
        "i", "me", "my", "not", "no", "do", "does", "did", "done", "have", "has", "had", "can", "could", "will", "would",
        "should", "may", "might", "must", "also", "just", "very", "more", "most", "some", "any", "all", "each", "other",
        "which", "who", "what", "when", "where", "why", "how", "than", "too", "up", "out", "one", "get", "got", "s", "t",
    ];

    private static readonly HashSet<string> Set = new(English, StringComparer.OrdinalIgnoreCase);

    public static bool Contains(string word) => Set.Contains(word);
}
