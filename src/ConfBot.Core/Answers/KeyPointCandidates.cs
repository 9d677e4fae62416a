using System.Text;
using System.Text.RegularExpressions;
using ConfBot.Core.Talks;

namespace ConfBot.Core.Answers;

/// <summary>
/// What a talk offers an answer to choose from: its key points, then its summary's sentences, each cleaned
/// (<see cref="KeyPointText"/>), without bare terms and without repeats.
/// </summary>
internal static partial class KeyPointCandidates
{
    /// <summary>Fewer words than this is a term or a name ("Pact", "Clean Architecture"), not something said about it.</summary>
    private const int MinWords = 3;

    public static IReadOnlyList<KeyPointCandidate> Of(Talk talk)
    {
        var title = Key(talk.Title);
        var kept = new List<(KeyPointCandidate Candidate, string Key)>();
        var offered = talk.KeyPoints.Select((point, at) => (Text: point, Point: at)).Concat(Sentences(talk.Summary).Select(s => (Text: s, Point: -1)));
        foreach (var (raw, point) in offered)
        {
            var text = KeyPointText.Clean(raw);
            var key = Key(text);
            if (WordCount(text) < MinWords || key == title)
                continue;
            // Merged write-ups repeat a point with other punctuation, case or markup, or cut short; the fuller one says more.
            var same = kept.FindIndex(k => Covers(k.Key, key) || Covers(key, k.Key));
            if (same < 0)
                kept.Add((new KeyPointCandidate(text, point), key));
            else if (key.Length > kept[same].Key.Length)
                kept[same] = (new KeyPointCandidate(text, point), key);
        }
        return [.. kept.Select(k => k.Candidate)];
    }

    private static IEnumerable<string> Sentences(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : SentenceEnd().Split(text).Where(s => s.Length > 0);

    /// <summary>The words of a point, lower-cased, with punctuation and marks gone: what two copies of one point share.</summary>
    private static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
                key.Append(char.ToLowerInvariant(c));
            else if (key.Length > 0 && key[^1] != ' ')
                key.Append(' ');
        }
        return key.ToString().TrimEnd();
    }

    /// <summary>True when <paramref name="longer"/> is <paramref name="shorter"/> or starts with all of its words.</summary>
    private static bool Covers(string longer, string shorter) =>
        longer.StartsWith(shorter, StringComparison.Ordinal) && (longer.Length == shorter.Length || longer[shorter.Length] == ' ');

    /// <summary>
    /// Words as a reader counts them: space-separated ones, and in Chinese or Japanese, which leave no spaces,
    /// about one word for every two characters ("起動が遅い" is a short sentence; "GIL問題" a term).
    /// </summary>
    private static int WordCount(string text)
    {
        var words = 0;
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var ideographs = token.Count(IsWrittenWithoutSpaces);
            if (ideographs > 0)
                words += Math.Max(1, (ideographs + 1) / 2);
            else if (token.Any(char.IsLetterOrDigit))
                words++;
        }
        return words;
    }

    private static bool IsWrittenWithoutSpaces(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    [GeneratedRegex(@"(?<=[.!?])\s+|\n\s*\n")]
    private static partial Regex SentenceEnd();
}

/// <summary>A point an answer may show, cleaned; <paramref name="Point"/> is its place among the talk's key points, -1 for a summary sentence.</summary>
internal sealed record KeyPointCandidate(string Text, int Point);
