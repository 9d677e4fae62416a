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
internal sealed class TalkIndex : ITalkSearch
{
    private static readonly Similarity Bm25 = new BM25Similarity();

    private readonly Talk[] _talks;
    private readonly IndexSearcher _searcher;
    private readonly QueryPlanner _planner;
    private readonly Vocabulary _vocabulary;
    private readonly SearchOptions _options;

    private TalkIndex(Talk[] talks, IndexSearcher searcher, Vocabulary vocabulary, SearchOptions options)
    {
        _talks = talks;
        _searcher = searcher;
        _vocabulary = vocabulary;
        _options = options;
        _planner = new QueryPlanner(vocabulary, SynonymList.Default, options);
    }

    public static TalkIndex Empty { get; } = Build([], new SearchOptions());

    public IReadOnlyList<Talk> Talks => _talks;

    public static TalkIndex Build(IReadOnlyList<Talk> talks, SearchOptions options)
    {
        var vocabulary = new VocabularyBuilder();
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(ConfBotAnalyzer.Version, new ConfBotAnalyzer(vocabulary))
        {
            OpenMode = OpenMode.CREATE,
            Similarity = Bm25,
            RAMBufferSizeMB = options.IndexRamBufferMb,
            // Log merges only join neighbouring segments, so document numbers stay in insertion order
            // and a hit's document number is the talk's position in the array.
            MergePolicy = new LogByteSizeMergePolicy(),
        };
        using (var writer = new IndexWriter(directory, config))
        {
            var document = new TalkDocument();
            foreach (var talk in talks)
                writer.AddDocument(document.Fill(talk));
            writer.Commit();
        }
        var searcher = new IndexSearcher(DirectoryReader.Open(directory)) { Similarity = Bm25 };
        return new TalkIndex([.. talks], searcher, vocabulary.Build(), options);
    }

    public SearchResults Search(string question, int top) => Search(QuestionParser.Parse(question), top);

    public SearchResults Search(SearchQuery query, int top)
    {
        var plan = _planner.Plan(query);
        var hits = plan.Query is null || _talks.Length == 0 ? [] : Run(plan.Query, top);
        var suggestions = hits.Count == 0 ? Suggest(query) : [];
        return new SearchResults(query, hits, plan.Terms, plan.Corrections, suggestions);
    }

    private List<SearchHit> Run(Query query, int top)
    {
        var docs = _searcher.Search(query, Math.Max(1, top)).ScoreDocs;
        if (docs.Length == 0)
            return [];
        var floor = docs[0].Score * (float)_options.RelativeScoreCutoff;
        return docs.Where(d => d.Score >= floor).Select(d => new SearchHit(_talks[d.Doc], d.Score)).ToList();
    }

    /// <summary>Words from the notes that are close to the question's words, for "did you mean" when nothing matched.</summary>
    private List<string> Suggest(SearchQuery query) =>
        query.Words
            .Where(w => w.Length >= 4)
            .SelectMany(w => _vocabulary.Spelling.Closest(w, maxEdits: 2, limit: 3))
            .Distinct()
            .Take(5)
            .ToList();
}
