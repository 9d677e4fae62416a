using System.Text.RegularExpressions;
using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Talks.Building;

/// <summary>
/// What one list item or line says when it names talks rather than making a point: their titles, who gave them, and
/// what the author added. <see cref="Evidence"/> counts the independent signals that it is a talk line (a speaker
/// in a name's shape, links to a video, slides or talk page, a quoted or linked title), so a list is judged by
/// how many of its lines carry several of them, not by any one pattern.
/// </summary>
internal sealed partial record TalkLine(IReadOnlyList<string> Titles, IReadOnlyList<string> Speakers, string? Comment, int Evidence)
{
    private const int MaxTitleWords = 20;

    public static TalkLine? Read(NoteBlock block)
    {
        var text = SessionPrefix().Replace(TalkLineText.WithoutLinkLabels(block), "");
        if (text.Length == 0 || Sentences.WordCount(text) > 60)
            return null;
        var parsed = Quoted(text, block) ?? ByLine(text, block) ?? LinkedTitles(text, block) ?? Credited(text, block) ?? Dashed(text, block);
        if (parsed is null)
            return null;
        var titles = parsed.Value.Titles.Select(t => t.Trim().Trim('*', '_', '"', '“', '”', '„', '«', '»', ' ').Trim()).Where(IsTitleShaped).ToList();
        if (titles.Count == 0)
            return null;
        var evidence = parsed.Value.Evidence + Math.Min(2, TalkLinks(block));
        return new TalkLine(titles, parsed.Value.Speakers, NullIfEmpty(parsed.Value.Comment), evidence);
    }

    /// <summary>Links that only a talk has: its recording, its slides, its page in the programme.</summary>
    private static int TalkLinks(NoteBlock block) =>
        block.Links.Select(l => LinkClassifier.Classify(l.Url, l.Text)).Count(k => k is LinkKind.Video or LinkKind.Slides or LinkKind.TalkPage);

    /// <summary>Speaker "Title": comment · "Title" by Speaker · "Title" - Speaker.</summary>
    private static Parsed? Quoted(string text, NoteBlock block)
    {
        if (SpeakerThenQuote().Match(text) is { Success: true } m && SpeakersIn(m.Groups["who"].Value, block) is { Count: > 0 } who)
            return new([m.Groups["title"].Value], who, m.Groups["rest"].Value, 3);
        if (QuoteThenSpeaker().Match(text) is { Success: true } q && SpeakersIn(q.Groups["who"].Value, block) is { Count: > 0 } after)
            return new([q.Groups["title"].Value], after, q.Groups["rest"].Value, 3);
        return null;
    }

    /// <summary>Title by Speaker · [Title](url) by Speaker, Speaker: comment.</summary>
    private static Parsed? ByLine(string text, NoteBlock block)
    {
        var m = By().Match(text);
        if (!m.Success || SpeakersIn(m.Groups["who"].Value, block) is not { Count: > 0 } who)
            return null;
        return new([m.Groups["title"].Value], who, m.Groups["rest"].Value, 2 + (LeadingLinkText(m.Groups["title"].Value, block) is null ? 0 : 1));
    }

    /// <summary>Title (Speaker, Company) · Title (Speaker i Speaker): who gave it in the aside that ends the line.</summary>
    private static Parsed? Credited(string text, NoteBlock block)
    {
        var m = CreditAside().Match(text);
        if (!m.Success)
            return null;
        var who = m.Groups["who"].Value.Split(',').Select(p => p.Trim()).ToList();
        // The aside may end with the speakers' company: take the longest run of people from its start.
        for (var take = who.Count; take >= 1; take--)
            if (SpeakersIn(string.Join(", ", who.Take(take)), block) is { Count: > 0 } speakers)
                return new([m.Groups["title"].Value], speakers, null, 2);
        return null;
    }

    /// <summary>Speaker: [Title](url), [Title](url) and [Title](url) — one person's talks, each a link.</summary>
    private static Parsed? LinkedTitles(string text, NoteBlock block)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || SpeakersIn(text[..colon], block) is not { Count: > 0 } who)
            return null;
        var rest = text[(colon + 2)..];
        var titles = block.Links.Where(l => l.Text.Length > 0 && rest.Contains(l.Text, StringComparison.Ordinal) && !LinkClassifier.IsProfile(l.Url))
            .Select(l => l.Text).ToList();
        var leftover = titles.Aggregate(rest, (r, t) => r.Replace(t, "", StringComparison.Ordinal));
        if (titles.Count == 0 || ListGlue().Replace(leftover, "").Length > 0)
            return null;
        return new(titles, who, null, 3);
    }

    /// <summary>Title — Speaker (Company) · Speaker - Title · Speaker: Title · Speaker, Title · a title before its links' labels · a linked title alone.</summary>
    private static Parsed? Dashed(string text, NoteBlock block)
    {
        var parts = Dash().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count >= 2 && SpeakersIn(Aside().Replace(parts[^1], "").Trim(), block) is { Count: > 0 } last)
            return new([string.Join(" - ", parts.Take(parts.Count - 1))], last, null, 2);
        if (parts.Count >= 2 && SpeakersIn(parts[0], block) is { Count: > 0 } first)
            return new([parts[1]], first, string.Join(" - ", parts.Skip(2)), 2);
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && SpeakersIn(text[..colon], block) is { Count: > 0 } named && Sentences.WordCount(text[(colon + 2)..]) >= 2)
            return new([text[(colon + 2)..]], named, null, 2);
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && SpeakersIn(text[..comma], block) is { Count: > 0 } leading && Sentences.WordCount(text[(comma + 2)..]) >= 2)
            return new([text[(comma + 2)..]], leading, null, 2);
        if (block.Links.Any(TalkLineText.IsLabel) && text.Length < block.Text.Length && !text.Contains(": ", StringComparison.Ordinal))
            return new([text], [], null, 1);
        if (LeadingLinkText(text, block) is { } title)
            return new([title], [], text.TrimStart('"', '“', '*', '_')[title.Length..].Trim(' ', ':', '-', '–', '—', ',', '"', '”'), 1);
        return null;
    }

    /// <summary>People named as speakers: names or handles, or a single word that links to its owner's profile.</summary>
    private static IReadOnlyList<string> SpeakersIn(string text, NoteBlock block)
    {
        var who = text.Trim().Trim('*', '_', ' ', ',', ':').Trim();
        if (who.Length == 0 || who.Length > 80)
            return [];
        if (HeadingParser.SpeakerList(who) is { Count: > 0 } names)
            return names;
        var profiles = block.Links.Where(l => LinkClassifier.IsProfile(l.Url)).Select(l => l.Text).ToHashSet(StringComparer.Ordinal);
        var parts = HeadingPatterns.SpeakerSeparator().Split(who).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return parts.Count > 0 && parts.All(p => profiles.Contains(p) || PersonName.IsName(p) || PersonName.IsHandle(p)) ? parts : [];
    }

    /// <summary>The text of the link the line opens with: a title linked to its talk page, slides or video.</summary>
    private static string? LeadingLinkText(string text, NoteBlock block)
    {
        var start = text.TrimStart('"', '“', '*', '_');
        return block.Links.FirstOrDefault(l => l.Text.Length > 2 && !LinkClassifier.IsProfile(l.Url) && start.StartsWith(l.Text, StringComparison.Ordinal))?.Text;
    }

    /// <summary>A title is a phrase: a few words, not a sentence that happens to sit in a list.</summary>
    private static bool IsTitleShaped(string title)
    {
        var words = Sentences.WordCount(title);
        return words is > 0 and <= MaxTitleWords && title.Any(char.IsLetter) && !title.EndsWith(':');
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private readonly record struct Parsed(IReadOnlyList<string> Titles, IReadOnlyList<string> Speakers, string? Comment, int Evidence);

    [GeneratedRegex(@"^(?<who>[^""“„«:]{2,80}?)\s*[:,–—-]?\s*[""“„«](?<title>[^""”“»]{3,})[""”“»]\s*(?:[:.,;–—-]\s*(?<rest>.*))?$")]
    private static partial Regex SpeakerThenQuote();

    [GeneratedRegex(@"^[""“„«](?<title>[^""”“»]{3,})[""”“»]\s*(?:by|von|par|[,–—-])\s+(?<who>[^:;]{2,80}?)\s*(?:[:;–—]\s*(?<rest>.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteThenSpeaker();

    [GeneratedRegex(@"^(?<title>.{3,}?)\s+(?:by|von|par|de)\s+(?<who>[^:;()]{2,80}?)\s*(?:\([^)]*\))?\s*(?:[:;–—]\s*(?<rest>.*)|\s-\s(?<rest>.*))?$")]
    private static partial Regex By();

    [GeneratedRegex(@"\s+[–—|-]\s+|\s+[–—]|[–—]\s+")]
    private static partial Regex Dash();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Aside();

    [GeneratedRegex(@"^(?<title>[^()]{3,}?)\s*\((?<who>[^()]{3,100})\)$")]
    private static partial Regex CreditAside();

    /// <summary>"Keynote - ", "CLOSING KEYNOTE: ": the kind of session, before the line says which.</summary>
    [GeneratedRegex(@"^(?:(?:opening|closing)\s+)?(?:" + HeadingKinds.SessionKinds + @")\s*[:\-–—]\s+", RegexOptions.IgnoreCase)]
    private static partial Regex SessionPrefix();

    [GeneratedRegex(@"[\s,;.]|\band\b|\bund\b|\bet\b|&")]
    private static partial Regex ListGlue();
}
