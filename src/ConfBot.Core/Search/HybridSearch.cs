using ConfBot.Core.Search.Semantic;

namespace ConfBot.Core.Search;

/// <summary>
/// Words and meaning together over one snapshot. BM25 finds the talks that share the question's words; the
/// question's vector finds those that say the same thing in other words. A talk answers when it has every
/// meaning word of the question (names, tools, rare terms: what a vector reads poorly), when its meaning — as
/// a whole or in one of its points — is close to the question's, or when it has some of the words and is
/// somewhat close in meaning. That replaces "half of the words must match", which failed long questions and
/// paraphrases and let two stray words through. Talks that answer are ranked by closeness of meaning plus a
/// share of their BM25 score relative to the best, so a strong match on words still leads.
/// </summary>
internal sealed class HybridSearch(TalkIndex index, TalkVectors vectors, ITextEmbedder embedder, SearchOptions options) : ITalkSearch
{
    private const int Candidates = 30;

    public SearchResults Search(SearchQuery query, int top)
    {
        if (query.Words.Count == 0 || index.Talks.Count == 0)
            return index.Search(query, top);

        var lexical = index.Match(query, Candidates, broad: Candidates, coverage: 1);
        var meaning = embedder.Embed([query.Text])[0];
        var candidates = new Dictionary<int, Candidate>();
        foreach (var match in lexical.Broad)
            candidates[match.Talk] = new Candidate(match.Talk) { SomeWords = true, Words = match.Score / lexical.Broad[0].Score };
        foreach (var match in lexical.Strict)
            Get(candidates, match.Talk).AllWords = true;
        // Filters (speaker:, conference:, year:) are applied by the lexical query, so meaning only ranks what passed them.
        if (!query.HasFilters)
            foreach (var (talk, _) in vectors.Nearest(meaning, Candidates))
                Get(candidates, talk);

        foreach (var candidate in candidates.Values)
        {
            candidate.Points = vectors.PointSimilarities(candidate.Talk, meaning);
            candidate.Meaning = Math.Max(vectors.TalkSimilarity(candidate.Talk, meaning), candidate.Points.DefaultIfEmpty(-1).Max());
        }

        var hits = candidates.Values
            .Where(Answers)
            .Select(c => (Candidate: c, Score: options.LexicalWeight * c.Words + c.Meaning))
            .OrderByDescending(c => c.Score)
            .Take(Math.Max(1, top))
            .Select(c => new SearchHit(index.Talks[c.Candidate.Talk], (float)c.Score) { PointRelevance = c.Candidate.Points })
            .ToList();
        return index.Results(query, hits, lexical.Plan);
    }

    private bool Answers(Candidate candidate) =>
        candidate.AllWords
        || candidate.Meaning >= options.SemanticThreshold
        || (candidate.SomeWords && candidate.Meaning >= options.SemanticSupport);

    private static Candidate Get(Dictionary<int, Candidate> candidates, int talk)
    {
        if (!candidates.TryGetValue(talk, out var candidate))
            candidates[talk] = candidate = new Candidate(talk);
        return candidate;
    }

    private sealed class Candidate(int talk)
    {
        public int Talk { get; } = talk;

        public bool SomeWords { get; init; }

        public bool AllWords { get; set; }

        /// <summary>BM25 score as a share of the best talk's.</summary>
        public float Words { get; init; }

        /// <summary>Cosine similarity of the question to the talk, or to its closest point if that is closer.</summary>
        public float Meaning { get; set; }

        public float[] Points { get; set; } = [];
    }
}
