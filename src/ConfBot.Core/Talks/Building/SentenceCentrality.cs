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
    private static readonly HashSet<string> Unweighted = new(
        [
            .. FunctionWords.English,
            // Every write-up of a talk says these: they tell nothing of what this one was about.
            "talk", "session", "speaker", "presentation", "keynote", "slide", "video", "recording",
        ],
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IsFunctionWord = Unweighted.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Centrality of each candidate in [0, 1]; <paramref name="context"/> is the rest of the write-up.</summary>
    public static double[] Score(IReadOnlyList<string> candidates, IReadOnlyList<string> context)
    {
        // Terms become small integers, so a write-up costs arrays rather than a dictionary per sentence: every reload
        // scores every sentence of every note.
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var units = candidates.Concat(context).Select(text => Terms(text, termIds)).ToArray();
        var documentFrequency = new int[termIds.Count];
        foreach (var unit in units)
            foreach (var (term, _) in unit)
                documentFrequency[term]++;
        var vectors = units.Select(unit => Weights(unit, documentFrequency, units.Length)).ToArray();
        var centroid = new double[termIds.Count];
        foreach (var vector in vectors)
            foreach (var (term, weight) in vector)
                centroid[term] += weight;

        var centroidNorm = centroid.Sum(w => w * w);
        var scores = new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            // Against the rest of the write-up, not itself: otherwise the longest sentence is always the most central.
            // |c - v|² = |c|² - 2 c·v + |v|², so each candidate costs only its own terms.
            double dot = 0, ownNorm = 0;
            foreach (var (term, weight) in vectors[i])
            {
                dot += weight * centroid[term];
                ownNorm += weight * weight;
            }
            var restNorm = centroidNorm - 2 * dot + ownNorm;
            scores[i] = restNorm > 1e-9 ? (dot - ownNorm) / Math.Sqrt(restNorm) : 0;
        }
        return scores;
    }

    /// <summary>TF-IDF weights of one unit's terms, scaled to length 1.</summary>
    private static (int Term, double Weight)[] Weights((int Term, int Count)[] unit, int[] documentFrequency, int unitCount)
    {
        var weights = unit.Select(t => (t.Term, Weight: t.Count * Math.Log(1 + (double)unitCount / documentFrequency[t.Term]))).ToArray();
        var norm = Math.Sqrt(weights.Sum(w => w.Weight * w.Weight));
        return norm == 0 ? weights : [.. weights.Select(w => (w.Term, w.Weight / norm))];
    }

    /// <summary>Each distinct meaning word of <paramref name="text"/> (lower case, plural stemmed) and how often it occurs.</summary>
    private static (int Term, int Count)[] Terms(string text, Dictionary<string, int> termIds)
    {
        var ids = new List<int>();
        var lookup = termIds.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = new char[64];
        var length = 0;
        char previousCjk = '\0';
        void Flush()
        {
            ReadOnlySpan<char> word = buffer.AsSpan(0, Math.Min(length, buffer.Length));
            length = 0;
            if (word.Length < 2 || IsFunctionWord.Contains(word) || !ContainsLetter(word))
                return;
            var stem = TitleWords.Stem(word);
            if (IsFunctionWord.Contains(stem))
                return;
            if (!lookup.TryGetValue(stem, out var id))
                lookup[stem] = id = termIds.Count;
            ids.Add(id);
        }
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) && !IsCjk(c))
            {
                if (length < buffer.Length)
                    buffer[length] = char.ToLowerInvariant(c);
                length++;
                continue;
            }
            Flush();
            if (IsCjk(c) && previousCjk != '\0')
            {
                ReadOnlySpan<char> bigram = [previousCjk, c];
                if (!lookup.TryGetValue(bigram, out var id))
                    lookup[bigram] = id = termIds.Count;
                ids.Add(id);
            }
            previousCjk = IsCjk(c) ? c : '\0';
        }
        Flush();
        ids.Sort();
        var terms = new List<(int Term, int Count)>();
        foreach (var id in ids)
            if (terms.Count > 0 && terms[^1].Term == id)
                terms[^1] = (id, terms[^1].Count + 1);
            else
                terms.Add((id, 1));
        return [.. terms];
    }

    private static bool ContainsLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsDigit(c))
                return true;
        return false;
    }

    private static bool IsCjk(char c) => c is >= '\u3040' and <= '\u30ff' or >= '\u3400' and <= '\u9fff' or >= '\uac00' and <= '\ud7af';
}
