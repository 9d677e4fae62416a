using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ConfBot.Core.Search;

internal static class PhraseQueryExtensions
{
    /// <summary>Adds the words of a phrase, in order, so a phrase can be built in one expression.</summary>
    public static PhraseQuery With(this PhraseQuery phrase, string field, IEnumerable<string> words)
    {
        foreach (var word in words)
            phrase.Add(new Term(field, word));
        return phrase;
    }
}
