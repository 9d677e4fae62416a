using System.Runtime.InteropServices;

namespace ConfBot.Core.Search;

/// <summary>
/// Collects the words of an index while it is built: how often each word is written (to correct
/// misspellings towards common words) and which stems exist (to know when a word needs correcting).
/// Lookups go by span so that only words seen for the first time allocate.
/// </summary>
internal sealed class VocabularyBuilder
{
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stems = new(StringComparer.Ordinal);

    public void AddWord(ReadOnlySpan<char> word)
    {
        if (!SpellingDictionary.IsCorrectable(word))
            return;
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        CollectionsMarshal.GetValueRefOrAddDefault(lookup, word, out _)++;
    }

    public void AddStem(ReadOnlySpan<char> stem) => _stems.GetAlternateLookup<ReadOnlySpan<char>>().Add(stem);

    public Vocabulary Build() => new(_stems, new SpellingDictionary(_words));

    /// <summary>One vocabulary from several built in parallel: counts add up, stems unite.</summary>
    public static Vocabulary Merge(IEnumerable<VocabularyBuilder> parts)
    {
        var merged = new VocabularyBuilder();
        foreach (var part in parts)
        {
            foreach (var (word, count) in part._words)
                CollectionsMarshal.GetValueRefOrAddDefault(merged._words, word, out _) += count;
            merged._stems.UnionWith(part._stems);
        }
        return merged.Build();
    }
}
