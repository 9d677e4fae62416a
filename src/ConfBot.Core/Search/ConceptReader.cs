namespace ConfBot.Core.Search;

/// <summary>
/// Turns a question's meaning words into concepts: each word is stemmed, a word the index has never seen
/// is read as its closest spelling unless it is a real word, and runs of words found in the synonym list become one concept with
/// every way of saying it. Only unknown words are corrected, so correct questions never pay for it.
/// </summary>
internal sealed class ConceptReader(TermContexts terms, SpellingDictionary spelling, SynonymList synonyms, SearchOptions options)
{
    /// <param name="corrections">Receives each corrected word and what it was read as.</param>
    public List<Concept> Read(IEnumerable<string> words, IDictionary<string, string> corrections)
    {
        var stems = new List<string>();
        var weights = new List<float>();
        foreach (var word in words)
        {
            if (Understand(word, corrections) is not ({ } stem, var weight))
                continue;
            stems.Add(stem);
            weights.Add(weight);
        }
        return Concepts(stems, weights);
    }

    /// <summary>
    /// A word's stem, or the stem of its spelling correction (weighing less) when the word is neither in the index,
    /// the notes nor English: a real word the notes lack is a question they cannot answer, not a typo.
    /// </summary>
    public (string? Stem, float Weight) Understand(string word, IDictionary<string, string> corrections)
    {
        var stem = Stem(word);
        if (stem is null || terms.Exists(stem) || synonyms.Contains(stem) || spelling.Contains(word) || EnglishWords.Contains(word))
            return (stem, 1f);
        var correction = spelling.Closest(word, SpellingDictionary.MaxEdits(word.Length), 1) is [var closest, ..] ? closest : null;
        if (correction is null || Stem(correction) is not { } corrected)
            return (stem, 1f);
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

    private static string? Stem(string word) => ConfBotAnalyzer.Stemming.Tokens(word) is [var stem, ..] ? stem : null;
}
