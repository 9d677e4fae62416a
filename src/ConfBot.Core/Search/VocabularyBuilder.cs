using System.Runtime.InteropServices;

namespace ConfBot.Core.Search;

/// <summary>
/// Counts the words of an index as written (before stemming) while it is built, so misspelled question
/// words can be corrected towards common words. Lookups go by span so that only new words allocate.
/// </summary>
internal sealed class VocabularyBuilder
{
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);

    public void Add(ReadOnlySpan<char> word)
    {
        if (!SpellingDictionary.IsCorrectable(word))
            return;
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        CollectionsMarshal.GetValueRefOrAddDefault(lookup, word, out _)++;
    }

    /// <summary>One dictionary from vocabularies built in parallel; counts add up.</summary>
    public static SpellingDictionary Merge(IEnumerable<VocabularyBuilder> parts)
    {
        var merged = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (word, count) in part._words)
                CollectionsMarshal.GetValueRefOrAddDefault(merged, word, out _) += count;
        }
        return new SpellingDictionary(merged);
    }
}
