using System.Collections.Frozen;

namespace ConfBot.Core.Search;

/// <summary>
/// Common English words (<c>Data/english-words.txt</c>). A question word found here is what the asker meant even
/// when the notes never use it: "save" is not a typo of "same".
/// </summary>
internal static class EnglishWords
{
    // Loaded on the first correction attempt rather than at start: most questions use words the index knows.
    private static readonly Lazy<FrozenSet<string>> Words = new(() => EmbeddedData.ReadLines("english-words.txt").ToFrozenSet(StringComparer.Ordinal));

    /// <summary>True for a lower-case English word.</summary>
    public static bool Contains(string word) => Words.Value.Contains(word);
}
