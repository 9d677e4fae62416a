using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ConfBot.Core.Search;

/// <summary>Passes tokens through unchanged while counting them in a <see cref="VocabularyBuilder"/>.</summary>
internal sealed class VocabularyFilter : TokenFilter
{
    private readonly VocabularyBuilder _vocabulary;
    private readonly ICharTermAttribute _term;

    public VocabularyFilter(TokenStream input, VocabularyBuilder vocabulary) : base(input)
    {
        _vocabulary = vocabulary;
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        _vocabulary.Add(_term.Buffer.AsSpan(0, _term.Length));
        return true;
    }
}
