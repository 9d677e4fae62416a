using System.Text.RegularExpressions;
using ConfBot.Core.Talks;

namespace ConfBot.Core.Tests.TestSupport;

/// <summary>
/// How shared/tools/notesmatch.py pairs a reported write-up with a labelled talk, so the figures this project's
/// tests print are the figures its scoring script gives: titles match when their words overlap enough; talks the
/// labels know only by topic match on speaker, else on topic words.
/// </summary>
public static partial class LooseTalkMatch
{
    /// <summary>Whether <paramref name="talk"/>, reported with a write-up from <paramref name="file"/>, is the labelled talk.</summary>
    internal static bool Matches(GoldTalk gold, string file, Talk talk)
    {
        if (gold.Title is not null)
            return TitleMatches(gold.Title, talk.Title) || talk.WriteUps.Any(w => w.Source.File == file && TitleMatches(gold.Title, w.Title));
        if (gold.Speakers.Count > 0)
        {
            var want = Words(gold.Speakers[0]);
            return want.IsSubsetOf(Words(string.Join(' ', talk.Speakers))) || want.IsSubsetOf(Words(talk.Title));
        }
        var topic = Words(gold.Topic ?? "");
        var text = Words(string.Join(' ', [talk.Title, talk.Summary ?? "", .. talk.KeyPoints]));
        return topic.Count > 0 && topic.Count(text.Contains) >= 0.6 * topic.Count;
    }

    public static bool TitleMatches(string a, string b)
    {
        var (ta, tb) = (Words(a), Words(b));
        if (ta.Count == 0 || tb.Count == 0)
            return false;
        if (Normalise(a) == Normalise(b))
            return true;
        var shared = ta.Count(tb.Contains);
        return shared >= 0.8 * Math.Min(ta.Count, tb.Count) && shared >= 0.5 * Math.Max(ta.Count, tb.Count);
    }

    private static HashSet<string> Words(string text) => [.. Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static string Normalise(string text)
    {
        var s = SessionCode().Replace(text.ToLowerInvariant(), "");
        s = NotWord().Replace(s, " ");
        return string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"^\s*d\d+t\d+\s*:\s*")]
    private static partial Regex SessionCode();

    [GeneratedRegex(@"[^\w ]+")]
    private static partial Regex NotWord();
}
