namespace ConfBot.Core.Talks.Building;

/// <summary>
/// Titles by word and title size, with the word's place among the title's words (rarest first): once among all
/// write-ups, and once within the write-up's occasion (conference and year as its note gives them, either possibly
/// unknown). What <see cref="MergeCandidates"/> looks titles up in.
/// </summary>
internal sealed class TitlePostings
{
    private readonly Dictionary<(string Word, int Size), List<(int WriteUp, int Position)>> _all = [];
    private readonly Dictionary<(string? Conference, int? Year, string Word, int Size), List<(int WriteUp, int Position)>> _byOccasion = [];

    /// <summary>Files a title under its first <paramref name="reach"/> words.</summary>
    public void Add(MergeKeys key, string[] title, int reach, int writeUp)
    {
        for (var position = 0; position < reach; position++)
        {
            var entry = (writeUp, position);
            List(_all, (title[position], title.Length)).Add(entry);
            List(_byOccasion, (key.Conference, key.Year, title[position], title.Length)).Add(entry);
        }
    }

    /// <summary>The lists holding every title of <paramref name="size"/> words with <paramref name="word"/> that could be at the same occasion as <paramref name="key"/>.</summary>
    public IEnumerable<List<(int WriteUp, int Position)>> Lookup(MergeKeys key, string word, int size)
    {
        if (!key.KnowsWhen)
        {
            if (_all.TryGetValue((word, size), out var all))
                yield return all;
            yield break;
        }
        foreach (var (conference, year) in new[] { (key.Conference, key.Year), (key.Conference, null), (null, key.Year), ((string?)null, (int?)null) })
            if (_byOccasion.TryGetValue((conference, year, word, size), out var list))
                yield return list;
    }

    private static List<T> List<TKey, T>(Dictionary<TKey, List<T>> postings, TKey key) where TKey : notnull =>
        postings.TryGetValue(key, out var list) ? list : postings[key] = [];
}
