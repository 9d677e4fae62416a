using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ConfBot.Core.Search;

/// <summary>Passes tokens through unchanged while telling a <see cref="VocabularyBuilder"/> about them.</summary>
internal sealed class VocabularyFilter : TokenFilter
{
    public enum Kind { Surface, Stem }

    private readonly VocabularyBuilder _vocabulary;
    private readonly Kind _kind;
    private readonly ICharTermAttribute _term;

    public VocabularyFilter(TokenStream input, VocabularyBuilder vocabulary, Kind kind) : base(input)
    {
        _vocabulary = vocabulary;
        _kind = kind;
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        var word = _term.Buffer.AsSpan(0, _term.Length);
        if (_kind == Kind.Surface)
            _vocabulary.AddWord(word);
        else
            _vocabulary.AddStem(word);
        return true;
    }
}
