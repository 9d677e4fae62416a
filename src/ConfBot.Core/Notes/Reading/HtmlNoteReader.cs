using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Notes.Reading;

/// <summary>
/// A note saved as an HTML page (a blog export, or a page fragment under front matter), and the HTML that pandoc and
/// asciidoctor make of other formats: headings, list items and paragraphs come from the DOM, with what the author
/// marked (<see cref="HtmlMarks"/>). A table row is one paragraph of its cells (<c>09:00 | Keynote</c>), and a
/// definition term with a one-paragraph definition one paragraph <c>Term: definition</c>, which is how rst field lists
/// (<c>:Speaker: Jane Doe</c>) come out of pandoc.
/// </summary>
internal sealed partial class HtmlNoteReader : INoteReader
{
    private const string BlockSelector = "h1,h2,h3,h4,h5,h6,li,dt,p,blockquote,div.title,td.content,tr";
    private const string BlockChildren = "p,ul,ol,dl,div,h1,h2,h3,h4,h5,h6,blockquote,table";

    public bool CanRead(NoteText note)
    {
        if (Path.GetExtension(note.File) is { } extension
            && (extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase)))
            return true;
        var start = note.Lines.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))?.TrimStart() ?? "";
        return start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    public IReadOnlyList<NoteBlock> Read(NoteText note) => ReadPage(note.Body).Blocks;

    /// <summary>A page's blocks, and what its title block says about the document (pandoc's and asciidoctor's headers).</summary>
    public static (IReadOnlyList<NoteBlock> Blocks, NoteMetadata Metadata) ReadPage(string html)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        // Org tags, and tables of contents (asciidoctor's :toc:, Sphinx's toctree) that repeat the headings or name files.
        foreach (var navigation in document.QuerySelectorAll("span.tag, #toc, div.toctree").ToList())
            navigation.Remove();
        var titleBlock = document.QuerySelector("header#title-block-header");
        // A standalone pandoc page shows the document's title (Org's #+TITLE, an HTML page's) and subtitle in a title
        // block above the note's own headings, which so go down as many levels as the title block holds headings.
        var shift = titleBlock?.QuerySelectorAll("h1.title, p.subtitle").Length ?? 0;

        var boldClasses = BoldClasses(document);
        var blocks = new List<NoteBlock>();
        var definitions = new HashSet<IElement>();
        foreach (var element in document.Body?.QuerySelectorAll(BlockSelector) ?? Enumerable.Empty<IElement>())
        {
            if (!IsBlock(element, titleBlock) || definitions.Contains(element))
                continue;
            var (text, links) = Content(element, definitions);
            var (mark, markedText) = HtmlMarks.Of(element, text);
            if (markedText.Length == 0 && links.Count == 0)
                continue;
            var line = element.SourceReference?.Position.Line ?? 1;
            var block = element switch
            {
                { LocalName: "p" } when element.ClassList.Contains("subtitle") => NoteBlock.Heading(2, markedText, line, links),
                { LocalName: ['h', var level] } when titleBlock?.Contains(element) == true => NoteBlock.Heading(level - '0', markedText, line, links),
                { LocalName: ['h', var level] } => NoteBlock.Heading(level - '0' + shift, markedText, line, links),
                { LocalName: "dt" or "p" } when DefinitionDepth(element) is { } depth => NoteBlock.Item(depth, markedText, line, links),
                { LocalName: "li" } => NoteBlock.Item(element.Ancestors<IElement>().Count(a => a.LocalName is "ul" or "ol") - 1, markedText, line, links),
                _ => NoteBlock.Paragraph(markedText, line, links) with { Emphasised = IsAllBold(element, boldClasses) && markedText.Length <= NoteBlock.MaxEmphasisedLength },
            };
            blocks.Add(block with { Mark = mark });
        }
        return (blocks, Metadata(document, titleBlock));
    }

    /// <summary>"&lt;p&gt;&lt;strong&gt;Guido van Rossum's Keynote&lt;/strong&gt;&lt;/p&gt;": every word of the paragraph is in bold.</summary>
    private static bool IsAllBold(IElement paragraph, HashSet<string> boldClasses) =>
        paragraph.LocalName == "p" && paragraph.Children.Length == 1
        && (paragraph.Children[0].LocalName is "b" or "strong" || paragraph.Children[0].ClassList.Any(boldClasses.Contains))
        && paragraph.TextContent.Trim() == paragraph.Children[0].TextContent.Trim();

    /// <summary>
    /// Classes the page's own style sheet makes bold: Google Docs exports a heading typed in bold as
    /// <c>&lt;p&gt;&lt;span class="c5"&gt;</c> with <c>.c5{font-weight:700}</c>.
    /// </summary>
    private static HashSet<string> BoldClasses(IDocument document) =>
        [.. document.QuerySelectorAll("style").SelectMany(style => BoldRule().Matches(style.TextContent)).Select(m => m.Groups["class"].Value)];

    [GeneratedRegex(@"\.(?<class>[\w-]+)\s*\{[^}]*font-weight\s*:\s*(?:bold|[6-9]00)")]
    private static partial Regex BoldRule();

    private static bool IsBlock(IElement element, IElement? titleBlock) => element.LocalName switch
    {
        "p" when titleBlock?.Contains(element) == true => element.ClassList.Contains("subtitle"),
        "p" when HtmlAncestry.Closest(element, e => e.LocalName is "td" or "th") is { } cell && !cell.ClassList.Contains("content") => false,
        "p" => HtmlAncestry.Closest(element, e => e.LocalName == "li") is null && !HtmlMarks.IsAdmonitionTitle(element),
        "tr" => HtmlAncestry.Closest(element, HtmlMarks.IsAsciidoctorAdmonition) is null,
        "blockquote" => element.QuerySelector(BlockChildren) is null,
        "div" => HtmlMarks.IsBlockTitle(element),
        "td" => HtmlAncestry.Closest(element, HtmlMarks.IsAsciidoctorAdmonition) is not null && element.QuerySelector(BlockChildren) is null,
        _ => true,
    };

    /// <summary>A block's text and links; a term takes in the first paragraph of its definition, which is then used up.</summary>
    private static (string Text, List<RawLink> Links) Content(IElement element, HashSet<IElement> usedDefinitions)
    {
        switch (element.LocalName)
        {
            case "tr":
                var cellElements = element.Children.Where(c => c.LocalName is "td" or "th").ToList();
                var cells = cellElements.Select(Own).ToList();
                // A two-cell row whose first cell labels the second (Confluence's <th>Talk</th><td>…</td>, an
                // AsciiDoc horizontal list) is a field, as the same thing written "Talk: …" would be.
                if (cells.Count == 2 && IsLabelCell(cellElements[0], cellElements[1]))
                    return ($"{cells[0].Text.TrimEnd(':')}: {cells[1].Text}", [.. cells[0].Links, .. cells[1].Links]);
                return (string.Join(" | ", cells.Select(c => c.Text)), cells.SelectMany(c => c.Links).ToList());
            case "dt" when Definition(element) is { } definition && usedDefinitions.Add(definition):
                var (term, termLinks) = Own(element);
                var (meaning, meaningLinks) = Own(definition);
                return ($"{term.TrimEnd(':')}: {meaning}", [.. termLinks, .. meaningLinks]);
            default:
                return Own(element);
        }
    }

    private static bool IsLabelCell(IElement first, IElement second) =>
        first.LocalName == "th" && second.LocalName == "td" || first.ClassList.Contains("hdlist1");

    /// <summary>The first paragraph of a term's definition, which reads with the term as one line; null when the definition starts otherwise.</summary>
    private static IElement? Definition(IElement term) =>
        term.NextElementSibling is { LocalName: "dd" } definition && definition.Children is [{ LocalName: "p" } only] ? only : null;

    /// <summary>
    /// A term whose definition runs to several paragraphs or lists (an rst definition list of talks, each "Title —
    /// Speaker" over its notes) reads as a list item over sub-items, as the same notes written as bullets would.
    /// </summary>
    private static int? DefinitionDepth(IElement element)
    {
        var term = element.LocalName == "dt" ? element : HtmlAncestry.Closest(element, e => e.LocalName == "dd")?.PreviousElementSibling;
        if (term is not { LocalName: "dt" } || Definition(term) is not null)
            return null;
        var depth = term.Ancestors<IElement>().Count(a => a.LocalName is "ul" or "ol" or "dl") - 1;
        return element.LocalName == "dt" ? depth : depth + 1;
    }

    private static NoteMetadata Metadata(IDocument document, IElement? titleBlock)
    {
        var title = (titleBlock?.QuerySelector("h1.title") ?? document.QuerySelector("div#header > h1"))?.TextContent.Trim();
        var author = document.QuerySelector("meta[name=author]")?.GetAttribute("content")?.Trim();
        var date = document.QuerySelector("meta[name='dcterms.date']")?.GetAttribute("content") ?? document.QuerySelector("#revdate")?.TextContent;
        return title is null && author is null && date is null
            ? NoteMetadata.None
            : new NoteMetadata(InlineText.Collapse(title ?? "") is { Length: > 0 } t ? t : null, null, FrontMatter.ParseDate(date?.Trim()), author, []);
    }

    /// <summary>A block's own text, without the nested lists that become items of their own.</summary>
    private static (string Text, List<RawLink> Links) Own(IElement element) =>
        InlineText.Read(element, child => child.LocalName is "ul" or "ol" or "dl");
}
