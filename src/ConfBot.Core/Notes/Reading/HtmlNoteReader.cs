using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Notes.Reading;

/// <summary>A note saved as an HTML page (a blog export): headings, list items and paragraphs come from the DOM.</summary>
internal sealed class HtmlNoteReader : INoteReader
{
    public bool CanRead(NoteText note)
    {
        var start = note.Lines.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))?.TrimStart() ?? "";
        return start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    public IReadOnlyList<NoteBlock> Read(NoteText note)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(note.Body);
        var blocks = new List<NoteBlock>();
        foreach (var element in document.Body?.QuerySelectorAll("h1,h2,h3,h4,h5,h6,li,p,blockquote") ?? Enumerable.Empty<IElement>())
        {
            if (element.LocalName is "p" && element.Closest("li") is not null)
                continue;
            var (text, links) = InlineText.Read(OwnHtml(element));
            if (text.Length == 0 && links.Count == 0)
                continue;
            var line = element.SourceReference?.Position.Line ?? 1;
            blocks.Add(element.LocalName switch
            {
                ['h', var level] => NoteBlock.Heading(level - '0', text, line, links),
                "li" => NoteBlock.Item(element.Ancestors<IElement>().Count(a => a.LocalName is "ul" or "ol") - 1, text, line, links) with { Action = TaskMark(element) },
                _ => NoteBlock.Paragraph(text, line, links),
            });
        }
        return blocks;
    }

    /// <summary>A to-do item as exports write one: a checkbox input (GitHub, Confluence), or Notion's checkbox-on/-off box.</summary>
    private static ActionMark TaskMark(IElement item)
    {
        var box = item.QuerySelectorAll("input[type=checkbox i], .checkbox-on, .checkbox-off").FirstOrDefault(b => b.Closest("li") == item);
        if (box is null)
            return ActionMark.None;
        return box.HasAttribute("checked") || box.ClassList.Contains("checkbox-on") ? ActionMark.Done : ActionMark.Open;
    }

    /// <summary>An item's own text, without the nested lists that become items of their own.</summary>
    private static string OwnHtml(IElement element)
    {
        var clone = (IElement)element.Clone();
        foreach (var nested in clone.QuerySelectorAll("ul,ol").ToList())
            nested.Remove();
        return clone.InnerHtml;
    }
}
