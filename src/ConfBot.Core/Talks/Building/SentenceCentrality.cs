namespace ConfBot.Core.Talks.Building;

/// <summary>
/// How central each candidate is to a whole write-up: the cosine between its TF-IDF vector and the centroid of every
/// other unit of the write-up (sentences, bullets, the title), as in centroid summarisers. Words every unit uses weigh
/// little and words only one uses add nothing to the others, so what scores is the write-up's recurring subject. Works
/// without a stop-word list for other languages (IDF does that), and reads runs of CJK characters as bigrams, since
/// Japanese and Chinese put no spaces between words.
/// </summary>
internal static class SentenceCentrality
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "then", "so", "of", "in", "on", "at", "to", "for", "from", "by", "with",
        "about", "into", "over", "as", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "this", "that",
        "these", "those", "there", "here", "he", "she", "they", "them", "his", "her", "their", "we", "our", "you", "your",
        "i", "me", "my", "not", "no", "do", "does", "did", "done", "have", "has", "had", "can", "could", "will", "would",
        "should", "may", "might", "must", "also", "just", "very", "more", "most", "some", "any", "all", "each", "other",
        "which", "who", "what", "when", "where", "why", "how", "than", "too", "up", "out", "one", "get", "got", "s", "t",
        // Every write-up of a talk says these: they tell nothing of what this one was about.
        "talk", "session", "speaker", "presentation", "keynote", "slide", "video", "recording",
    };

    /// <summary>Centrality of each candidate in [0, 1]; <paramref name="context"/> is the rest of the write-up.</summary>
    public static double[] Score(IReadOnlyList<string> candidates, IReadOnlyList<string> context)
    {
        var units = candidates.Concat(context).Select(Terms).ToList();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in units.SelectMany(u => u.Keys))
            documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        var vectors = units.Select(u => Normalised(u.ToDictionary(
            t => t.Key,
            t => t.Value * Math.Log(1 + (double)units.Count / documentFrequency[t.Key]),
            StringComparer.Ordinal))).ToList();
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, weight) in vectors.SelectMany(v => v))
            centroid[term] = centroid.GetValueOrDefault(term) + weight;

        var centroidNorm = centroid.Values.Sum(w => w * w);
        var scores = new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            // Against the rest of the write-up, not itself: otherwise the longest sentence is always the most central.
            // |c - v|² = |c|² - 2 c·v + |v|², so each candidate costs only its own terms.
            var own = vectors[i];
            var dot = own.Sum(p => p.Value * centroid[p.Key]);
            var ownNorm = own.Values.Sum(w => w * w);
            var restNorm = centroidNorm - 2 * dot + ownNorm;
            scores[i] = restNorm > 1e-9 ? (dot - ownNorm) / Math.Sqrt(restNorm) : 0;
        }
        return scores;
    }

    private static Dictionary<string, double> Normalised(Dictionary<string, double> vector)
    {
        var norm = Math.Sqrt(vector.Values.Sum(w => w * w));
        return norm == 0 ? vector : vector.ToDictionary(p => p.Key, p => p.Value / norm, StringComparer.Ordinal);
    }

    private static Dictionary<string, int> Terms(string text)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in Words(text))
            terms[word] = terms.GetValueOrDefault(word) + 1;
        return terms;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        char? previousCjk = null;
        foreach (var c in text.ToLowerInvariant().Append(' '))
        {
            if (char.IsLetterOrDigit(c) && !IsCjk(c))
            {
                word.Append(c);
                continue;
            }
            var done = word.ToString();
            word.Clear();
            var stem = TitleWords.Stem(done);
            if (done.Length > 1 && !FunctionWords.Contains(done) && !FunctionWords.Contains(stem) && !done.All(char.IsDigit))
                words.Add(stem);
            if (IsCjk(c) && previousCjk is { } previous)
                words.Add($"{previous}{c}");
            previousCjk = IsCjk(c) ? c : null;
        }
        return words;
    }

    private static bool IsCjk(char c) => c is >= '\u3040' and <= '\u30ff' or >= '\u3400' and <= '\u9fff' or >= '\uac00' and <= '\ud7af';
}
