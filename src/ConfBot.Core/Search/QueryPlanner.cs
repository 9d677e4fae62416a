using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ConfBot.Core.Search;

/// <summary>
/// Builds the Lucene query for a <see cref="SearchQuery"/> against one index snapshot. Each meaning word
/// (or synonym phrase) becomes a concept matched in any field, scored by its best field (field boosts
/// apply); a talk must match enough concepts to count. Only words the index has never seen are
/// spell-corrected, so correct questions never pay for fuzzy matching.
/// </summary>
internal sealed class QueryPlanner(Vocabulary vocabulary, SynonymList synonyms, SearchOptions options)
{
    private const float TieBreaker = 0.1f;

    public QueryPlan Plan(SearchQuery query)
    {
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        var stems = new List<string>();
        var weights = new List<float>();
        foreach (var word in query.Words)
        {
            var (stem, weight) = Understand(word, corrections, unknown);
            if (stem is null)
                continue;
            stems.Add(stem);
            weights.Add(weight);
        }

        var concepts = Concepts(stems, weights);
        var filters = Filters(query);
        if (concepts.Count == 0 && filters.Count == 0)
            return new QueryPlan(null, [], corrections, unknown);

        var root = new BooleanQuery(disableCoord: true);
        foreach (var concept in concepts)
            root.Add(Clause(concept, TalkFields.Searched), Occur.SHOULD);
        root.MinimumNumberShouldMatch = (int)Math.Ceiling(concepts.Count * options.MinimumCoverage);
        foreach (var filter in filters)
            root.Add(new ConstantScoreQuery(filter) { Boost = 0 }, Occur.MUST);
        if (concepts.Count == 0)
            root.Add(new MatchAllDocsQuery(), Occur.SHOULD);

        var terms = concepts.SelectMany(c => c.Alternatives).SelectMany(a => a.Stems).Distinct().ToList();
        return new QueryPlan(root, terms, corrections, unknown);
    }

    /// <summary>A word's stem, or the stem of its spelling correction when the index has never seen the word.</summary>
    private (string? Stem, float Weight) Understand(string word, Dictionary<string, string> corrections, List<string> unknown)
    {
        var stem = Stem(word);
        if (stem is null || vocabulary.Stems.Contains(stem) || synonyms.Contains(stem))
            return (stem, 1f);
        var correction = vocabulary.Spelling.Closest(word, SpellingDictionary.MaxEdits(word.Length), 1).FirstOrDefault();
        if (correction is null || Stem(correction) is not { } corrected)
        {
            unknown.Add(word);
            return (stem, 1f);
        }
        corrections[word] = correction;
        return (corrected, (float)options.AlternativeWeight);
    }

    private List<Concept> Concepts(List<string> stems, List<float> weights)
    {
        var concepts = new List<Concept>();
        for (var i = 0; i < stems.Count;)
        {
            var (length, alternatives) = synonyms.Match(stems, i);
            if (length == 0)
            {
                concepts.Add(new Concept([([stems[i]], weights[i])]));
                i++;
                continue;
            }
            var asked = stems.GetRange(i, length);
            var weight = weights.GetRange(i, length).Min();
            concepts.Add(new Concept(alternatives
                .Select(a => (a, a.SequenceEqual(asked) ? weight : weight * (float)options.AlternativeWeight))
                .ToList()));
            i += length;
        }
        return concepts;
    }

    private List<Query> Filters(SearchQuery query)
    {
        var filters = new List<Query>();
        if (query.Year is { } year)
            filters.Add(new TermQuery(new Term(TalkFields.Year, year.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        if (query.Conference is { } conference)
            filters.AddRange(AllWords(conference, TalkFields.Conference));
        if (query.Speaker is { } speaker)
            filters.AddRange(AllWords(speaker, TalkFields.Speakers));
        return filters;
    }

    /// <summary>Every word of a filter value must be in the field (misspelled names are corrected first).</summary>
    private IEnumerable<Query> AllWords(string value, string field) =>
        ConfBotAnalyzer.Words.Tokens(value)
            .Select(word => Understand(word, new(), new()).Stem)
            .OfType<string>()
            .Select(stem => (Query)new TermQuery(new Term(field, stem)));

    private static Query Clause(Concept concept, IReadOnlyList<(string Name, float Boost)> fields)
    {
        var any = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (stems, weight) in concept.Alternatives)
        {
            foreach (var (field, boost) in fields)
            {
                Query query = stems.Length == 1 ? new TermQuery(new Term(field, stems[0])) : Phrase(field, stems);
                query.Boost = boost * weight;
                any.Add(query);
            }
        }
        return any;
    }

    private static PhraseQuery Phrase(string field, string[] stems)
    {
        var phrase = new PhraseQuery { Slop = 1 };
        foreach (var stem in stems)
            phrase.Add(new Term(field, stem));
        return phrase;
    }

    private static string? Stem(string word) => ConfBotAnalyzer.Stemming.Tokens(word) is [var stem, ..] ? stem : null;
}
