using AngleSharp.Dom;
using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Notes.Reading;

/// <summary>
/// What the author set apart in HTML that pandoc or asciidoctor made (see <see cref="Outline.NoteBlock.Mark"/>): Org
/// TODO/DONE keywords (<c>span.todo</c>, <c>span.done</c>), rst <c>.. todo::</c> (<c>div.todo</c>), admonitions
/// (pandoc's <c>div.note</c>… with a <c>div.title</c>, <c>div.admonition</c> whose first paragraph is its title;
/// asciidoctor's <c>div.admonitionblock</c>), and checklist items (a checkbox, or asciidoctor's ❏/✓).
/// </summary>
internal static class HtmlMarks
{
    private static readonly string[] AdmonitionClasses =
        ["admonitionblock", "admonition", "note", "tip", "hint", "important", "caution", "warning", "danger", "error", "attention", "seealso"];

    private const char UncheckedGlyph = '\u274F';
    private const char CheckedGlyph = '\u2713';

    /// <summary>The mark on <paramref name="element"/>'s block, and its text with the checklist glyph taken off.</summary>
    public static (string? Mark, string Text) Of(IElement element, string text)
    {
        if (element.LocalName == "li" && ChecklistMark(element, text) is { } checklist)
            return checklist;
        if (element.Children.Any(c => IsSpanOf(c, "todo")))
            return (BlockMarks.Todo, text);
        if (element.Children.Any(c => IsSpanOf(c, "done")))
            return (BlockMarks.Done, text);
        if (HtmlAncestry.Closest(element, e => e.LocalName == "div" && e.ClassList.Contains("todo")) is not null)
            return (BlockMarks.Todo, text);
        return (HtmlAncestry.Closest(element, IsAdmonition) is { } admonition ? AdmonitionTitle(admonition) : null, text);
    }

    public static bool IsAsciidoctorAdmonition(IElement element) => element.LocalName == "div" && element.ClassList.Contains("admonitionblock");

    private static bool IsAdmonition(IElement element) => element.LocalName == "div" && AdmonitionClasses.Any(element.ClassList.Contains);

    /// <summary>An admonition's title, which names the mark and so is not a block of its own.</summary>
    public static bool IsAdmonitionTitle(IElement element) =>
        HtmlAncestry.Closest(element, IsAdmonition) is { } admonition && TitleElement(admonition) is { } title
        && (title == element || title.Contains(element));

    /// <summary>An asciidoctor block title (<c>.Takeaways</c> above a list) outside an admonition: a label the author wrote.</summary>
    public static bool IsBlockTitle(IElement element) =>
        element is { LocalName: "div" } && element.ClassList.Contains("title") && HtmlAncestry.Closest(element, IsAdmonition) is null;

    private static string? AdmonitionTitle(IElement admonition)
    {
        var title = TitleElement(admonition)?.TextContent.Trim();
        if (!string.IsNullOrEmpty(title))
            return title;
        return admonition.ClassList is { Length: > 0 } classes ? classes[0] : null;
    }

    private static IElement? TitleElement(IElement admonition) =>
        admonition.ClassList.Contains("admonitionblock") ? admonition.QuerySelector("td.icon .title")
        : admonition.FirstElementChild is { } first && (first.ClassList.Contains("title") || admonition.ClassList.Contains("admonition") && first.LocalName == "p")
            ? first
            : null;

    private static bool IsSpanOf(IElement element, string className) => element.LocalName == "span" && element.ClassList.Contains(className);

    private static (string? Mark, string Text)? ChecklistMark(IElement item, string text)
    {
        var box = item.Children.Concat(item.Children.Where(c => c.LocalName == "p").SelectMany(p => p.Children))
            .FirstOrDefault(c => c.LocalName == "input" && c.GetAttribute("type") == "checkbox" || c.ClassList.Contains("checkbox"));
        // A form checkbox, or Notion's to-do box (<div class="checkbox checkbox-on">) in its HTML export.
        if (box is not null)
            return (box.HasAttribute("checked") || box.ClassList.Contains("checkbox-on") ? BlockMarks.Done : BlockMarks.Todo, text);
        // Confluence exports its tasks as items of an inline task list, ticked ones with class "checked".
        if (item.HasAttribute("data-inline-task-id"))
            return (item.ClassList.Contains("checked") ? BlockMarks.Done : BlockMarks.Todo, text);
        if (HtmlAncestry.Closest(item, e => e.LocalName == "ul" && e.ClassList.Contains("checklist")) is null || text.Length == 0)
            return null;
        return text[0] switch
        {
            UncheckedGlyph => (BlockMarks.Todo, text[1..].TrimStart()),
            CheckedGlyph => (BlockMarks.Done, text[1..].TrimStart()),
            _ => null,
        };
    }
}
