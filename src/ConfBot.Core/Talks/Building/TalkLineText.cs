using System.Text.RegularExpressions;
using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Talks.Building;

/// <summary>
/// A talk line's words without the labels of its links: "Delve Into Go — Derek Parker (video) (slides)" and
/// "Title - Notes - Video - Slides" name the talk before the labels, which only say where to find it.
/// </summary>
internal static partial class TalkLineText
{
    public static string WithoutLinkLabels(NoteBlock block)
    {
        var labels = block.Links.Where(IsLabel).Select(l => l.Text).ToHashSet(StringComparer.Ordinal);
        var text = block.Text;
        if (labels.Count > 0)
        {
            text = Parenthesised().Replace(text, m => OnlyLabels(m.Groups["inner"].Value, labels) ? "" : m.Value);
            var parts = Separator().Split(text).ToList();
            while (parts.Count > 1 && OnlyLabels(parts[^1], labels))
                parts.RemoveAt(parts.Count - 1);
            text = string.Join(" - ", parts);
        }
        return Whitespace().Replace(text, " ").Trim().TrimEnd(':', ',', ';', '-', '–', '—', ' ');
    }

    /// <summary>A link whose text says what kind of thing it is rather than what it is about.</summary>
    public static bool IsLabel(RawLink link) =>
        link.Text.Length > 0 && Sentences.WordCount(link.Text) <= 3 && LabelWords().IsMatch(link.Text.Trim());

    private static bool OnlyLabels(string text, HashSet<string> labels) =>
        text.Trim().Length > 0 && labels.Aggregate(text, (t, label) => t.Replace(label, "", StringComparison.Ordinal)).Trim(' ', ',', '/', '|', '·', '-', '&').Length == 0;

    [GeneratedRegex(@"^(?:notes?|my notes|video|videos?|recording|youtube|vimeo|slides?|slide deck|deck|pdf|text|transcript|abstract|talk|talk page|details|link|links|blog|blog post|write-?up|summary|code|repo|source|github|website|web|page|html|info|more|here|session|programme|program|schedule|audio|podcast|photos?|pictures?)$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelWords();

    [GeneratedRegex(@"\s*[(\[](?<inner>[^()\[\]]*)[)\]]")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\s+[-–—|·]\s+|\s*\|\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
