using ConfBot.Core.Diagnostics;
using ConfBot.Core.Talks;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace ConfBot.Core.Search;

/// <summary>
/// An immutable, searchable snapshot of a list of talks: an in-memory Lucene index (BM25) plus the
/// vocabulary used for spelling correction. Built once, then only read, so any number of threads may
/// search it while a newer snapshot is being built elsewhere.
/// </summary>
internal sealed class TalkIndex(IReadOnlyList<Talk> talks, IndexSearcher searcher, SpellingDictionary spelling, SearchOptions options) : ITalkSearch
{
    private static readonly Similarity Bm25 = new BM25Similarity();
    private const int ParallelFrom = 10_000;
    private const int MaxSlices = 4;

    private readonly QueryPlanner _planner = Planner(searcher.IndexReader, spelling, options);

    public static TalkIndex Build(IReadOnlyList<Talk> talks, SearchOptions options)
    {
        using var activity = CoreActivities.Start(CoreActivities.BuildIndex)?.SetTag("talks", talks.Count);
        // Large corpora are indexed in contiguous slices, one writer per core. Reading the slices in order
        // through one MultiReader keeps document numbers equal to talk positions and statistics global.
        var slices = talks.Count < ParallelFrom ? 1 : Math.Clamp(Environment.ProcessorCount, 1, MaxSlices);
        var size = (talks.Count + slices - 1) / Math.Max(1, slices);
        var built = new (DirectoryReader Reader, VocabularyBuilder Vocabulary)[slices];
        void Slice(int slice) => built[slice] = BuildSlice(talks, slice * size, Math.Min(talks.Count, (slice + 1) * size), options.IndexRamBufferMb / slices);
        if (slices == 1)
            Slice(0);
        else
            Parallel.For(0, slices, Slice);

        var reader = new MultiReader(built.Select(b => (IndexReader)b.Reader).ToArray(), closeSubReaders: true);
        var spelling = VocabularyBuilder.Merge(built.Select(b => b.Vocabulary));
        // The caller's list is kept, not copied: catalogs are immutable and large ones are worth not doubling.
        return new TalkIndex(talks, new IndexSearcher(reader) { Similarity = Bm25 }, spelling, options);
    }

    private static (DirectoryReader, VocabularyBuilder) BuildSlice(IReadOnlyList<Talk> talks, int from, int to, double ramBufferMb)
    {
        var vocabulary = new VocabularyBuilder();
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(ConfBotAnalyzer.Version, new ConfBotAnalyzer(vocabulary))
        {
            OpenMode = OpenMode.CREATE,
            Similarity = Bm25,
            RAMBufferSizeMB = ramBufferMb,
            // Log merges only join neighbouring segments, so document numbers stay in insertion order.
            // Compound files only save file handles, which an in-memory index has none of; skip the copy.
            MergePolicy = new LogByteSizeMergePolicy { NoCFSRatio = 0 },
            UseCompoundFile = false,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            var document = new TalkDocument();
            for (var i = from; i < to; i++)
                writer.AddDocument(document.Fill(talks[i]));
            writer.Commit();
        }
        return (DirectoryReader.Open(directory), vocabulary);
    }

    private static QueryPlanner Planner(IndexReader reader, SpellingDictionary spelling, SearchOptions options)
    {
        var terms = new TermContexts(reader);
        return new QueryPlanner(terms, new ConceptReader(terms, spelling, SynonymList.Default, options), options);
    }

    public IReadOnlyList<Talk> Talks => talks;

    public SearchResults Search(string question, int top) => Search(SearchQuery.Parse(question), top);

    public SearchResults Search(SearchQuery query, int top)
    {
        var matches = Match(query, top, broad: 0);
        return Results(query, [.. matches.Strict.Select(m => new SearchHit(talks[m.Talk], m.Score))], matches.Plan);
    }

    /// <summary>
    /// The talks the question's words pick out: <see cref="LexicalMatches.Strict"/> those that match enough of
    /// them to answer on words alone (<paramref name="coverage"/>, by default <see cref="SearchOptions.MinimumCoverage"/>),
    /// <see cref="LexicalMatches.Broad"/> up to <paramref name="broad"/> that match any, for meaning to judge.
    /// </summary>
    public LexicalMatches Match(SearchQuery query, int top, int broad, double? coverage = null)
    {
        var plan = _planner.Plan(query, coverage: coverage, broad: broad > 0);
        if (plan.Query is null || talks.Count == 0)
            return new LexicalMatches([], [], plan);
        var strict = Run(plan.Query, top, options.RelativeScoreCutoff);
        if (strict.Count == 0 && plan.HasCommonWords)
            strict = Run(_planner.Plan(query, everywhere: true, coverage: coverage).Query!, top, options.RelativeScoreCutoff);
        var loose = plan.Broad is { } any ? Run(any, broad, cutoff: 0) : [];
        return new LexicalMatches(strict, loose, plan);
    }

    /// <summary>The results of a search whose hits are chosen: what was searched for, and suggestions when nothing was found.</summary>
    public SearchResults Results(SearchQuery query, IReadOnlyList<SearchHit> hits, QueryPlan plan) =>
        new(query, hits, plan.Terms, plan.Corrections, hits.Count == 0 ? Suggest(query) : []);

    private List<LexicalMatch> Run(Query query, int top, double cutoff)
    {
        // A collector that wants talks in order keeps Lucene from scoring a query of optional clauses with its
        // out-of-order scorer, which allocated a table of 2,048 buckets for every such clause of every question:
        // a third of all the memory a slash command allocated. The ranking is the same.
        var collector = TopScoreDocCollector.Create(Math.Max(1, top), docsScoredInOrder: true);
        searcher.Search(query, collector);
        var docs = collector.GetTopDocs().ScoreDocs;
        if (docs.Length == 0)
            return [];
        var floor = docs[0].Score * (float)cutoff;
        return [.. docs.Where(d => d.Score >= floor).Select(d => new LexicalMatch(d.Doc, d.Score))];
    }

    /// <summary>Words from the notes that are close to the question's words, for "did you mean" when nothing matched.</summary>
    private List<string> Suggest(SearchQuery query) =>
        query.Words
            .Where(w => w.Length >= 4)
            .SelectMany(w => spelling.Closest(w, maxEdits: 2, limit: 3))
            .Distinct()
            .Take(5)
            .ToList();
}
