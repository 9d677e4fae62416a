using System.Text.RegularExpressions;
using ConfBot.Core.Notes;
using ConfBot.Core.Notes.Outline;
using ConfBot.Core.Search;

namespace ConfBot.Core.Talks.Building;

/// <summary>
/// A note's title and author: from front matter when it has them, else its first heading and a byline
/// ("by Jane Doe", "Posted by jdoe") among its first lines.
/// </summary>
internal static partial class NoteAttributionFinder
{
    private const int BylineSearchLines = 6;
    private const int MaxAuthorLength = 60;

    public static NoteAttribution Find(NoteText note, IReadOnlyList<NoteBlock> blocks) => new(
        Blank(note.Metadata.Title) ?? Blank(Tidy(blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading)?.Text)),
        Blank(note.Metadata.Author) ?? Byline(blocks),
        note.Metadata.Date);

    private static string? Byline(IReadOnlyList<NoteBlock> blocks) =>
        blocks.Take(BylineSearchLines)
            .Select(b => BylineText().Match(b.Text))
            .Where(m => m.Success && m.Groups["name"].Value.Length <= MaxAuthorLength)
            .Select(m => m.Groups["name"].Value.Trim())
            .FirstOrDefault(LooksLikeName);

    /// <summary>
    /// A handle ("hashfyre") or a capitalised name ("Jane Doe"), so "By the way, …" and "By default, …" are prose:
    /// a lone lower-case word is a handle only when it is no English word.
    /// </summary>
    private static bool LooksLikeName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length switch
        {
            1 => char.IsUpper(name[0]) || !EnglishWords.Contains(name),
            <= 4 => words.All(w => char.IsUpper(w[0])),
            _ => false,
        };
    }

    /// <summary>A heading as a title: "RootConf Notes :- (https://rootconf.in/2017/)" names the note "RootConf Notes".</summary>
    private static string? Tidy(string? heading) =>
        heading is null ? null : Url().Replace(heading, "").Trim().TrimEnd(':', '-', '–', '—', '|', ' ');

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"\(?\bhttps?://\S+")]
    private static partial Regex Url();

    // The whole block is the byline, so "by the way, ..." in prose is not one; a date or " on ..." may follow the name.
    [GeneratedRegex(@"^(?:(?:posted|written)\s+)?by\s+@?(?<name>[\p{L}][\p{L}\p{M}.'\- ]*?)(?:\s*(?:,|\||·|—|–|\bon\b|\bat\b)\s*.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BylineText();
}
