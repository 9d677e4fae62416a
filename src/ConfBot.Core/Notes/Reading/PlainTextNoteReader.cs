using System.Text.RegularExpressions;
using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Notes.Reading;

/// <summary>
/// Notes typed as plain text or pasted from a blog: <c>1)</c> or <c>1.</c> numbered talks, a lone link line
/// before a list, <c>-</c>/<c>*</c>/<c>•</c> bullets, <c>====</c>/<c>----</c> underlined titles.
/// A title line becomes a heading so talk building works the same as for Markdown.
/// </summary>
internal sealed partial class PlainTextNoteReader : INoteReader
{
    public bool CanRead(NoteText note) => true;

    public IReadOnlyList<NoteBlock> Read(NoteText note)
    {
        var lines = note.Lines.Select(Shortcodes.Expand).ToArray();
        var talkNumbering = FindTalkNumbering(lines);
        var blocks = new List<NoteBlock>();
        var bulletIndents = new List<int>();
        var paragraph = new List<(string Text, int Line)>();

        void FlushParagraph()
        {
            if (paragraph.Count == 0)
                return;
            var (text, links) = InlineText.Read(string.Join(' ', paragraph.Select(p => p.Text)));
            blocks.Add(NoteBlock.Paragraph(text, paragraph[0].Line, links));
            paragraph.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var lineNo = i + 1;
            if (string.IsNullOrWhiteSpace(raw))
            {
                FlushParagraph();
                continue;
            }
            if (i + 1 < lines.Length && Underline().IsMatch(lines[i + 1]) && paragraph.Count == 0 && !Bullet().IsMatch(raw))
            {
                var (text, links) = InlineText.Read(raw);
                blocks.Add(NoteBlock.Heading(lines[i + 1].Trim()[0] == '=' ? 1 : 2, text, lineNo, links));
                bulletIndents.Clear();
                i++;
                continue;
            }

            var indent = raw.Length - raw.TrimStart().Length;
            var numbered = Numbered().Match(raw);
            if (numbered.Success && talkNumbering is { } style && indent == style.Indent && numbered.Groups["mark"].Value == style.Mark)
            {
                FlushParagraph();
                var (text, links) = InlineText.Read(numbered.Groups["text"].Value);
                blocks.Add(NoteBlock.Heading(3, text, lineNo, links));
                bulletIndents.Clear();
                continue;
            }

            var bullet = Bullet().Match(raw);
            if (bullet.Success || (numbered.Success && bulletIndents.Count > 0))
            {
                FlushParagraph();
                var body = bullet.Success ? bullet.Groups["text"].Value : numbered.Groups["text"].Value;
                var (text, links) = InlineText.Read(body);
                blocks.Add(NoteBlock.Item(DepthOf(indent, bulletIndents), text, lineNo, links));
                continue;
            }

            if (bulletIndents.Count > 0 && indent > bulletIndents[0] && blocks.Count > 0 && blocks[^1].Kind == BlockKind.Item && paragraph.Count == 0)
            {
                var (text, links) = InlineText.Read(raw);
                var last = blocks[^1];
                blocks[^1] = last with { Text = $"{last.Text} {text}", Links = [.. last.Links, .. links] };
                continue;
            }

            if (paragraph.Count == 0 && IsTitleLine(lines, i, bulletIndents.Count > 0 ? bulletIndents[0] : null))
            {
                var (text, links) = InlineText.Read(raw);
                blocks.Add(NoteBlock.Heading(3, text, lineNo, links));
                bulletIndents.Clear();
                continue;
            }

            bulletIndents.Clear();
            if (Talks.Building.TalkFields.IsFieldLine(raw))
            {
                // "Speaker: ...", "Slides: ..." on consecutive lines are separate facts, not one sentence.
                FlushParagraph();
                paragraph.Add((raw.Trim(), lineNo));
                FlushParagraph();
                continue;
            }
            paragraph.Add((raw.Trim(), lineNo));
        }
        FlushParagraph();
        return blocks;
    }

    private static int DepthOf(int indent, List<int> indents)
    {
        while (indents.Count > 0 && indents[^1] > indent)
            indents.RemoveAt(indents.Count - 1);
        if (indents.Count == 0 || indents[^1] < indent)
            indents.Add(indent);
        return indents.Count - 1;
    }

    /// <summary>
    /// A short line standing alone before a list or a blank-separated block, with no sentence end,
    /// is a title: that is how people head a talk when they have no heading syntax.
    /// </summary>
    private static bool IsTitleLine(string[] lines, int i, int? listIndent)
    {
        var text = lines[i].Trim();
        var (plain, links) = InlineText.Read(text);
        var indent = lines[i].Length - lines[i].TrimStart().Length;
        if (plain.Length > 140 || Bullet().IsMatch(lines[i]) || indent > 3)
            return false;
        var previousBlank = i == 0 || string.IsNullOrWhiteSpace(lines[i - 1]);
        var listJustEnded = listIndent is { } li && indent <= li;
        if (!previousBlank && !listJustEnded)
            return false;
        var next = Array.FindIndex(lines, i + 1, l => !string.IsNullOrWhiteSpace(l));
        if (next < 0)
            return false;
        var nextIsBullet = Bullet().IsMatch(lines[next]);
        var standsAlone = next > i + 1;
        var wordCount = plain.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var isLinkLine = links.Count == 1 && text.StartsWith('<');
        if (nextIsBullet && (isLinkLine || !EndsSentence(plain)))
            return true;
        return standsAlone && wordCount <= 8 && !EndsSentence(plain) && plain.Length <= 60;
    }

    private static bool EndsSentence(string text) => text.Length > 0 && ".!?,;".Contains(text[^1]);

    /// <summary>The numbering used for talks: the least-indented numbered lines, with the marker style of the first of them.</summary>
    private static (int Indent, string Mark)? FindTalkNumbering(string[] lines)
    {
        var numbered = lines
            .Select(l => Numbered().Match(l))
            .Where(m => m.Success)
            .Select(m => (Indent: m.Groups["indent"].Length, Mark: m.Groups["mark"].Value))
            .ToList();
        if (numbered.Count == 0)
            return null;
        var indent = numbered.Min(n => n.Indent);
        return numbered.First(n => n.Indent == indent);
    }

    [GeneratedRegex(@"^(?<indent>\s*)\d{1,2}(?<mark>[.)])\s+(?<text>\S.*)$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^\s*(?:[-•·▪◦‣]\s*|[*+]\s+)(?<text>(?![-=*_]+\s*$)\S.*)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\s*(=+|-+)\s*$")]
    private static partial Regex Underline();
}
