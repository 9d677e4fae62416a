using ConfBot.Core.Talks;

namespace ConfBot.Bench.Corpus;

/// <summary>
/// A mix of the questions people ask, drawn from a synthetic corpus: tool names, keywords, full sentences,
/// misspellings, filters by conference/year/speaker, exact titles, and nonsense that must find nothing.
/// </summary>
internal static class SyntheticQuestions
{
    public static List<string> Mixed(SyntheticCorpus corpus, IReadOnlyList<Talk> talks, int count) =>
        Enumerable.Range(0, count).Select(i => Question(corpus, talks[corpus.Next(talks.Count)], i % 8)).ToList();

    private static string Question(SyntheticCorpus corpus, Talk talk, int kind) => kind switch
    {
        0 => corpus.Tool(),
        1 => $"{corpus.Topic()} {corpus.Topic()}",
        2 => $"how do I {corpus.Topic()} with {corpus.Tool()}?",
        3 => $"what did people say about {Misspell(corpus, talk.Title.Split(' ')[0])} {corpus.Tool()}",
        4 => $"conference:{talk.Conference} year:{talk.Year} {corpus.Topic()}",
        5 => $"speaker:\"{corpus.Speaker(talk)}\"",
        6 => "quantum banana recipes",
        _ => talk.Title,
    };

    /// <summary>Swaps two neighbouring letters, the most common typing slip.</summary>
    private static string Misspell(SyntheticCorpus corpus, string word)
    {
        if (word.Length < 5)
            return word;
        var at = 1 + corpus.Next(word.Length - 2);
        var letters = word.ToCharArray();
        (letters[at], letters[at + 1]) = (letters[at + 1], letters[at]);
        return new string(letters);
    }
}
