using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ConfBot.Core.Notes.Reading;

/// <summary>
/// What a Word paragraph's style makes it. Styles are matched by name ("heading 2", "Title"), which Word keeps in
/// English whatever the language of its interface, while the style's id is translated ("berschrift2").
/// Numbering set on the style (Word's "List Bullet") counts like numbering set on the paragraph.
/// </summary>
internal sealed partial class DocxStyles(Styles? styles)
{
    private readonly Dictionary<string, Style> _byId = styles?.Elements<Style>()
        .Where(s => s.StyleId?.Value is not null)
        .GroupBy(s => s.StyleId!.Value!)
        .ToDictionary(g => g.Key, g => g.First()) ?? [];

    public bool IsTitle(Paragraph paragraph) => Name(paragraph) is { } name && name.Equals("Title", StringComparison.OrdinalIgnoreCase);

    public int? HeadingLevel(Paragraph paragraph) =>
        Name(paragraph) is { } name && HeadingName().Match(name) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    public int? ListDepth(Paragraph paragraph)
    {
        var numbering = paragraph.ParagraphProperties?.NumberingProperties ?? Style(paragraph)?.StyleParagraphProperties?.NumberingProperties;
        // Numbering id 0 is how Word takes a style's numbering off one paragraph.
        if (numbering is null || numbering.NumberingId?.Val?.Value == 0)
            return null;
        return numbering.NumberingLevelReference?.Val?.Value ?? 0;
    }

    public bool IsBold(Paragraph paragraph) => Style(paragraph)?.StyleRunProperties?.Bold is { } bold && bold.Val?.Value != false;

    private Style? Style(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } id ? _byId.GetValueOrDefault(id) : null;

    private string? Name(Paragraph paragraph)
    {
        var id = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        return id is null ? null : _byId.GetValueOrDefault(id)?.StyleName?.Val?.Value ?? id;
    }

    [GeneratedRegex(@"^heading\s*([1-6])$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingName();
}
