using ConfBot.Core.Talks;

namespace ConfBot.Hosting.WarmUp;

/// <summary>
/// What the warm-up asks: drawn from the notes themselves, in the forms people type — a talk's title, a speaker's
/// name, words of a key point, a title with a typo — so search, spelling, ranking and rendering all run.
/// </summary>
internal static class WarmUpQuestions
{
    public static IReadOnlyList<string> For(TalkCatalog catalog, int count)
    {
        var forms = catalog.Talks.SelectMany(Forms).Where(q => q.Length > 0).ToList();
        if (forms.Count == 0)
            forms = ["help", "kubernetes", "how do we store secrets?"];
        return [.. Enumerable.Range(0, count).Select(i => forms[i % forms.Count])];
    }

    private static IEnumerable<string> Forms(Talk talk)
    {
        yield return talk.Title;
        if (talk.Speakers.Count > 0)
            yield return $"speaker {talk.Speakers[0]}";
        if (talk.KeyPoints.Count > 0)
            yield return string.Join(' ', talk.KeyPoints[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6));
        yield return Typo(talk.Title);
    }

    /// <summary>Two letters of the longest word swapped, as a hurried typist would.</summary>
    private static string Typo(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
            return "";
        var longest = words.MaxBy(w => w.Length)!;
        if (longest.Length < 4)
            return title;
        var letters = longest.ToCharArray();
        (letters[1], letters[2]) = (letters[2], letters[1]);
        return title.Replace(longest, new string(letters), StringComparison.Ordinal);
    }
}
