using System.Text;
using System.Text.RegularExpressions;
using ConfBot.Core.Notes.Written;

namespace ConfBot.Bot.Notes;

/// <summary>
/// A message and its thread as a draft to finish in the form: its first line as the title, each message as a bullet
/// under its author (the thread's notes keep who said what), and every web link in them.
/// </summary>
public static partial class MessageNotes
{
    /// <summary>The most messages of a thread read into one note; the form holds a few thousand characters anyway.</summary>
    public const int MaxMessages = 100;

    // Long enough for a real talk title, short enough that a first paragraph does not become one.
    private const int MaxTitleLength = 120;

    private const string FallbackTitle = "Notes from Slack";

    public static NoteDraft Draft(IReadOnlyList<SavedMessage> messages) => new()
    {
        Title = messages.Select(m => TitleOf(m.Markdown)).FirstOrDefault(t => t is not null) ?? FallbackTitle,
        Notes = Bullets(messages),
        Links = [.. messages.SelectMany(m => m.Links).Distinct(StringComparer.Ordinal).Take(NoteDraft.MaxLinks)],
    };

    private static string? TitleOf(string markdown)
    {
        var line = markdown.Split('\n').Select(Plain).FirstOrDefault(l => l.Length > 0);
        if (line is null)
            return null;
        if (line.Length <= MaxTitleLength)
            return line;
        var cut = line.LastIndexOf(' ', MaxTitleLength - 1);
        return line[..(cut > MaxTitleLength / 2 ? cut : MaxTitleLength - 1)].TrimEnd() + "…";
    }

    /// <summary>A line without its Markdown: heading, quote and bullet marks, emphasis, and links reduced to their labels.</summary>
    private static string Plain(string line) =>
        Emphasis().Replace(MarkdownLink().Replace(line, m => m.Groups["label"].Value), "").Trim().TrimStart('#', '>', '-', '•', ' ').Trim();

    private static string Bullets(IReadOnlyList<SavedMessage> messages)
    {
        var notes = new StringBuilder();
        foreach (var message in messages.Where(m => m.Markdown.Trim().Length > 0))
        {
            var lines = message.Markdown.Trim().Split('\n');
            notes.Append("- ").Append(message.AuthorId is { } author ? $"@{author}: " : "").Append(lines[0].Trim()).Append('\n');
            // Later lines stay inside the author's bullet; their own "•" bullets become nested Markdown ones.
            foreach (var line in lines.Skip(1).Where(l => l.Trim().Length > 0))
                notes.Append("  ").Append(SlackBullet().Replace(line.TrimEnd(), "$1- ")).Append('\n');
        }
        return notes.ToString().TrimEnd();
    }

    [GeneratedRegex(@"\[(?<label>[^\]]*)\]\([^)\s]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(?<![\w])[*_~`]+|[*_~`]+(?![\w])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^(\s*)[•◦▪]\s*")]
    private static partial Regex SlackBullet();
}
