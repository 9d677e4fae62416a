using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ConfBot.Core.Search;

/// <summary>
/// Builds the Lucene query for a <see cref="SearchQuery"/> against one index snapshot. Each concept
/// (see <see cref="ConceptReader"/>) is matched in any field and scored by its best field (field boosts
/// apply); a talk must match enough of the concepts to count; filters must all hold.
/// </summary>
/// <remarks>
/// In large indexes, a word found in the prose of a large share of talks ("service") would make every
/// question scan most of the index. Such common words match only in titles, names and tools, and
/// otherwise only add to the score of talks already matched (the idea of Lucene's CommonTermsQuery).
/// </remarks>
internal sealed class QueryPlanner(TermContexts terms, ConceptReader reader, SearchOptions options)
{
    private const float TieBreaker = 0.1f;

    /// <param name="everywhere">Match common words in every field too: the fallback when matching them in names found nothing.</param>
    /// <param name="coverage">Share of the concepts a talk must match; <see cref="SearchOptions.MinimumCoverage"/> unless given.</param>
    /// <param name="broad">Also build <see cref="QueryPlan.Broad"/> from the same reading of the question.</param>
    public QueryPlan Plan(SearchQuery query, bool everywhere = false, double? coverage = null, bool broad = false)
    {
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        var concepts = reader.Read(query.Words, corrections);
        var filters = Filters(query);
        if (concepts.Count == 0 && filters.Count == 0)
            return new QueryPlan(null, [], corrections);

        var common = new List<Concept>();
        var root = Root(concepts, filters, everywhere ? null : common, coverage ?? options.MinimumCoverage);
        var highlighted = concepts.SelectMany(c => c.Alternatives).SelectMany(a => a.Stems).Distinct().ToList();
        return new QueryPlan(root, highlighted, corrections)
        {
            HasCommonWords = common.Count > 0,
            Broad = broad ? Root(concepts, filters, everywhere ? null : [], coverage: 0) : null,
        };
    }

    private BooleanQuery Root(List<Concept> concepts, List<Query> filters, List<Concept>? common, double coverage)
    {
        var root = new BooleanQuery(disableCoord: true);
        root.Add(concepts.Count > 0 ? Matching(concepts, common, coverage) : new MatchAllDocsQuery(), Occur.MUST);
        foreach (var concept in common ?? [])
            root.Add(Clause(concept, TalkFields.Prose), Occur.SHOULD);
        foreach (var filter in filters)
            root.Add(new ConstantScoreQuery(filter) { Boost = 0 }, Occur.MUST);
        return root;
    }

    /// <summary>Talks must match enough of the concepts; common words count only where they are rare (names, titles).</summary>
    private BooleanQuery Matching(List<Concept> concepts, List<Concept>? common, double coverage)
    {
        var threshold = Math.Max(options.CommonWordMinTalks, options.CommonWordShare * terms.MaxDoc);
        common?.AddRange(concepts.Where(c => BodyFrequency(c) > threshold));
        var matching = new BooleanQuery(disableCoord: true);
        foreach (var concept in concepts)
            matching.Add(Clause(concept, common?.Contains(concept) == true ? TalkFields.Names : TalkFields.Searched), Occur.SHOULD);
        matching.MinimumNumberShouldMatch = (int)Math.Ceiling(concepts.Count * coverage);
        return matching;
    }

    /// <summary>How many talks mention the concept in their prose, by its most frequent way of being written.</summary>
    private int BodyFrequency(Concept concept) =>
        concept.Alternatives.Max(a => a.Stems.Min(stem => terms.DocFreq(TalkFields.Body, stem)));

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
            .Select(word => reader.Understand(word, new Dictionary<string, string>()).Stem)
            .OfType<string>()
            .Select(stem => (Query)new TermQuery(new Term(field, stem)));

    /// <summary>
    /// The concept in any of the fields, scored by its best field. Single words get one IDF across fields
    /// (from the field where they are most common), as BM25F does: otherwise a word common in prose but
    /// rare in titles ("services") would score as if it were rare whenever it is in a title.
    /// </summary>
    private Query Clause(Concept concept, IReadOnlyList<SearchedField> fields)
    {
        var any = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (stems, weight) in concept.Alternatives)
        {
            if (stems.Length > 1)
            {
                foreach (var field in fields.Where(f => f.Positions))
                    any.Add(new PhraseQuery { Slop = 1, Boost = field.Boost * weight }.With(field.Name, stems));
                continue;
            }
            var contexts = fields.Select(f => terms.Get(f.Name, stems[0])).ToArray();
            var blended = Idf(contexts.Max(c => c?.DocFreq ?? 0));
            for (var i = 0; i < fields.Count; i++)
            {
                if (contexts[i] is { } context)
                    any.Add(new TermQuery(new Term(fields[i].Name, stems[0]), context) { Boost = fields[i].Boost * weight * blended / Idf(context.DocFreq) });
            }
        }
        return any;
    }

    /// <summary>BM25's inverse document frequency, as <see cref="Lucene.Net.Search.Similarities.BM25Similarity"/> computes it.</summary>
    private float Idf(int docFreq) => (float)Math.Log(1 + (terms.MaxDoc - docFreq + 0.5) / (docFreq + 0.5));

}
