using System.Text.RegularExpressions;
using ConfBot.Core.Notes.Outline;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;

namespace ConfBot.Core.Notes.Reading;

/// <summary>Markdown notes (Hugo, Jekyll, Marp, READMEs): walks Markdig's syntax tree, so headings of either style, lists and links come from the parser, not from regexes.</summary>
internal sealed partial class MarkdownNoteReader : INoteReader
{
    // Immutable and thread-safe once built, so one serves every note.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAutoLinks().UseTaskLists().UsePipeTables().Build();

    public bool CanRead(NoteText note) =>
        note.Lines.Any(l => AtxHeading().IsMatch(l) || MarkdownLink().IsMatch(l)) ||
        note.Metadata != NoteMetadata.None;

    public IReadOnlyList<NoteBlock> Read(NoteText note)
    {
        var markdown = string.Join('\n', note.Lines.Select(Shortcodes.Expand));
        var document = Markdown.Parse(markdown, Pipeline);
        var blocks = new List<NoteBlock>();
        foreach (var block in document)
            Add(block, blocks, depth: 0, markdown);
        return blocks;
    }

    private static void Add(Block block, List<NoteBlock> blocks, int depth, string source)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var (headingText, headingLinks) = MarkdownInlines.Read(heading.Inline);
                if (headingText.Length > 0)
                    blocks.Add(NoteBlock.Heading(heading.Level, headingText, heading.Line + 1, headingLinks));
                break;
            case ParagraphBlock paragraph when SourceLines(paragraph, source) is { Length: > 1 } lines && lines.Any(Talks.Building.TalkFields.IsFieldLine):
                // "Speaker: ...\nSlides: ..." typed on consecutive lines is a list of facts, not one sentence.
                for (var i = 0; i < lines.Length; i++)
                    foreach (var lineBlock in Markdown.Parse(lines[i], Pipeline).OfType<ParagraphBlock>())
                    {
                        var (lineText, lineLinks) = MarkdownInlines.Read(lineBlock.Inline);
                        blocks.Add(NoteBlock.Paragraph(lineText, paragraph.Line + 1 + i, lineLinks));
                    }
                break;
            case ParagraphBlock paragraph:
                var (text, links) = MarkdownInlines.Read(paragraph.Inline);
                if (text.Length > 0 || links.Count > 0)
                    blocks.Add(NoteBlock.Paragraph(text, paragraph.Line + 1, links) with { Emphasised = IsAllBold(paragraph) && text.Length <= NoteBlock.MaxEmphasisedLength });
                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                    AddItem(item, blocks, depth, source);
                break;
            case Table table:
                // A row reads as one line, its cells in order and empty ones kept ("10:00 | Keynote: … | "), as in
                // HTML notes; the header row too, since it says what each column holds.
                foreach (var row in table.OfType<TableRow>())
                {
                    var cells = row.OfType<TableCell>()
                        .Select(c => c.OfType<ParagraphBlock>().Select(p => MarkdownInlines.Read(p.Inline)).FirstOrDefault((Text: "", Links: [])))
                        .ToList();
                    var rowText = string.Join(" | ", cells.Select(c => c.Text));
                    if (cells.Any(c => c.Text.Length > 0))
                        blocks.Add(NoteBlock.Paragraph(rowText, row.Line + 1, [.. cells.SelectMany(c => c.Links)]));
                }
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                    Add(child, blocks, depth, source);
                break;
            case HtmlBlock html:
                var (htmlText, htmlLinks) = InlineText.Read(html.Lines.ToString());
                if (htmlText.Length > 0 || htmlLinks.Count > 0)
                    blocks.Add(NoteBlock.Paragraph(htmlText, html.Line + 1, htmlLinks));
                break;
        }
    }

    private static void AddItem(ListItemBlock item, List<NoteBlock> blocks, int depth, string source)
    {
        var index = -1;
        foreach (var child in item)
        {
            if (child is ParagraphBlock paragraph)
            {
                var (text, links) = MarkdownInlines.Read(paragraph.Inline);
                if (index < 0)
                {
                    index = blocks.Count;
                    blocks.Add(NoteBlock.Item(depth, text, paragraph.Line + 1, links) with { Mark = TaskMark(paragraph) });
                }
                else if (blocks.Count == index + 1)
                {
                    var first = blocks[index];
                    blocks[index] = first with { Text = $"{first.Text} {text}".Trim(), Links = [.. first.Links, .. links] };
                }
                else
                {
                    blocks.Add(NoteBlock.Item(depth + 1, text, paragraph.Line + 1, links));
                }
            }
            else
            {
                Add(child, blocks, depth + 1, source);
            }
        }
    }

    /// <summary>A GitHub task list item (<c>- [ ] ...</c>, <c>- [x] ...</c>) is marked to do or done (the done state seeds a checklist); its box is not text.</summary>
    private static string? TaskMark(ParagraphBlock paragraph) =>
        paragraph.Inline?.FirstChild is TaskList task ? task.Checked ? BlockMarks.Done : BlockMarks.Todo : null;

    /// <summary>"**Title**" alone on its line, allowing a trailing colon after the bold.</summary>
    private static bool IsAllBold(ParagraphBlock paragraph) =>
        paragraph.Inline?.FirstChild is Markdig.Syntax.Inlines.EmphasisInline { DelimiterCount: 2 } strong
        && (strong.NextSibling is null
            || strong.NextSibling is Markdig.Syntax.Inlines.LiteralInline literal && literal.NextSibling is null && literal.Content.ToString().Trim().Trim(':').Length == 0);

    private static string[] SourceLines(ParagraphBlock paragraph, string source) =>
        paragraph.Span.Length > 0 && paragraph.Span.End < source.Length
            ? source.Substring(paragraph.Span.Start, paragraph.Span.Length).Split('\n')
            : [];

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+\S")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"\[[^\]]*\]\([^)]*\)")]
    private static partial Regex MarkdownLink();
}
