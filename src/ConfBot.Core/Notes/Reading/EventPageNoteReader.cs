using System.Text.RegularExpressions;
using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Notes.Reading;

/// <summary>
/// A talk's page scraped from an event site: navigation text, then speaker name, <c>@handle</c>, title and a
/// "Submitted &lt;date&gt;" line, the proposal body, and a comment widget. Only the proposal is kept.
/// </summary>
internal sealed partial class EventPageNoteReader(PlainTextNoteReader plainText) : INoteReader
{
    public bool CanRead(NoteText note) => FindSubmittedLine(note.Lines) >= 0;

    public IReadOnlyList<NoteBlock> Read(NoteText note)
    {
        var lines = note.Lines.ToArray();
        var submitted = FindSubmittedLine(lines);
        var titleAt = PreviousNonBlank(lines, submitted);
        var handleAt = PreviousNonBlank(lines, titleAt);
        var hasHandle = handleAt >= 0 && Handle().IsMatch(lines[handleAt].Trim());
        var nameAt = hasHandle ? PreviousNonBlank(lines, handleAt) : handleAt;
        var end = Array.FindIndex(lines, submitted + 1, IsPageChrome);
        if (end < 0)
            end = lines.Length;

        var blocks = new List<NoteBlock>();
        var siteTitle = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        if (siteTitle >= 0 && siteTitle < titleAt)
            blocks.Add(NoteBlock.Heading(1, lines[siteTitle].Trim(), siteTitle + 1));
        blocks.Add(NoteBlock.Heading(2, lines[titleAt].Trim(), titleAt + 1));
        var speaker = string.Join(" ", new[] { nameAt >= 0 ? lines[nameAt].Trim() : "", hasHandle ? $"({lines[handleAt].Trim()})" : "" }.Where(s => s.Length > 0));
        if (speaker.Length > 0)
            blocks.Add(NoteBlock.Paragraph($"Speaker: {speaker}", (nameAt >= 0 ? nameAt : handleAt) + 1));

        var body = lines.Select((l, i) => i > submitted && i < end ? l : string.Empty).ToArray();
        // Section labels of the proposal ("Outline", "Slides") are parts of the one talk, never talks of their own.
        blocks.AddRange(plainText.Read(note with { Lines = body })
            .Select(b => b.Kind == BlockKind.Heading ? NoteBlock.Paragraph(b.Text, b.Line, b.Links) : b));
        return blocks;
    }

    private static int FindSubmittedLine(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
            if (Submitted().IsMatch(lines[i]) && PreviousNonBlank(lines, i) > 0)
                return i;
        return -1;
    }

    private static int PreviousNonBlank(IReadOnlyList<string> lines, int before)
    {
        for (var i = before - 1; i >= 0; i--)
            if (!string.IsNullOrWhiteSpace(lines[i]))
                return i;
        return -1;
    }

    private static bool IsPageChrome(string line) => PageChrome().IsMatch(line.Trim());

    [GeneratedRegex(@"^\s*(Submitted|Proposed|Posted)\s+(on\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\s*$")]
    private static partial Regex Submitted();

    [GeneratedRegex(@"^@\w{1,30}$")]
    private static partial Regex Handle();

    [GeneratedRegex(@"^(Comments|Hosted by|Login to leave a comment|Post a comment.*|Share this.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageChrome();
}
