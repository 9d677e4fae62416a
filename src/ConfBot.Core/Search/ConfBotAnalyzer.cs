using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace ConfBot.Core.Search;

/// <summary>
/// English analysis shared by indexing and questions: standard tokens, possessives and case removed,
/// stop words dropped, Porter-stemmed. Synonyms are expanded on the question side only (see
/// <see cref="QueryPlanner"/>), which keeps the index small and lets a synonym weigh less than the word asked.
/// </summary>
/// <param name="vocabulary">When indexing: counts every word before stemming, for spelling correction.</param>
/// <param name="stem">False keeps words as written (after lower-casing), which is what spelling correction compares.</param>
internal sealed class ConfBotAnalyzer(VocabularyBuilder? vocabulary = null, bool stem = true) : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Stateless question-side analyzers; Lucene reuses their token streams per thread.</summary>
    public static ConfBotAnalyzer Stemming { get; } = new();
    public static ConfBotAnalyzer Words { get; } = new(stem: false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        if (vocabulary is not null)
            stream = new VocabularyFilter(stream, vocabulary);
        if (stem)
            stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The analyzed tokens of a text, in order.</summary>
    public List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        using var stream = GetTokenStream("_", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }
}
