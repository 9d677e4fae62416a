using System.Text;
using ConfBot.Core.Talks;

namespace ConfBot.Core.Search.Semantic;

/// <summary>What of a talk is embedded: the talk as a whole, and each of its points on its own.</summary>
internal static class TalkTexts
{
    // The models read at most 512 word pieces and were trained on far fewer; a talk's opening — title,
    // speakers, summary, first points — says what it is about, and attention cost grows with the square of length.
    private const int MaxWords = 160;

    /// <summary>Title, speakers, summary and key points, cut to what the model reads well.</summary>
    public static string Whole(Talk talk)
    {
        var text = new StringBuilder(talk.Title);
        if (talk.Speakers.Count > 0)
            text.Append(" — ").AppendJoin(", ", talk.Speakers);
        text.Append('.');
        if (talk.Summary is { Length: > 0 } summary)
            text.Append(' ').Append(summary);
        foreach (var point in talk.KeyPoints)
            text.Append(' ').Append(point);
        return FirstWords(text.ToString(), MaxWords);
    }

    /// <summary>One of the talk's key points, cut like the whole.</summary>
    public static string Point(string keyPoint) => FirstWords(keyPoint, MaxWords);

    private static string FirstWords(string text, int count)
    {
        var words = text.Split((char[]?)null, count + 1, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= count ? string.Join(' ', words) : string.Join(' ', words.Take(count));
    }
}
