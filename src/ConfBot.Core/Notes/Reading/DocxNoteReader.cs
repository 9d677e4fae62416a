using System.Text;
using System.Xml;
using ConfBot.Core.Notes.Outline;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ConfBot.Core.Notes.Reading;

/// <summary>
/// A Word document (<c>.docx</c>, also what Google Docs and LibreOffice export), read in-process with the Open XML SDK:
/// headings from the Title and Heading 1–6 paragraph styles, list items from numbering, hyperlinks from the document's
/// relationships. A document has no lines, so a block's line is its paragraph's number, and the note's lines are its
/// paragraphs' text.
/// </summary>
internal static class DocxNoteReader
{
    public static NoteReading Read(string relativePath, byte[] bytes, long maxBytes)
    {
        try
        {
            // A few megabytes of zip can unpack to gigabytes of XML; a part longer than any note is refused.
            var settings = new OpenSettings { MaxCharactersInPart = maxBytes * 4 };
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false, settings);
            var main = document.MainDocumentPart;
            if (main?.Document?.Body is not { } body)
                return NoteReading.Skip(new NoteWarning(relativePath, null, "skipped: a Word document without a body"));
            var styles = new DocxStyles(main.StyleDefinitionsPart?.Styles);
            var paragraphs = body.Descendants<Paragraph>().ToList();
            var hasTitle = paragraphs.Any(p => styles.IsTitle(p));

            var lines = new List<string>(paragraphs.Count);
            var blocks = new List<NoteBlock>();
            foreach (var paragraph in paragraphs)
            {
                var (text, links) = Read(paragraph, main);
                lines.Add(text);
                if (text.Length == 0 && links.Count == 0)
                    continue;
                var line = lines.Count;
                if (styles.IsTitle(paragraph))
                    blocks.Add(NoteBlock.Heading(1, text, line, links));
                else if (styles.HeadingLevel(paragraph) is { } level)
                    blocks.Add(NoteBlock.Heading(level + (hasTitle ? 1 : 0), text, line, links));
                else if (styles.ListDepth(paragraph) is { } depth)
                    blocks.Add(NoteBlock.Item(depth, text, line, links));
                else
                    blocks.Add(NoteBlock.Paragraph(text, line, links) with { Emphasised = IsAllBold(paragraph, styles) && text.Length <= NoteBlock.MaxEmphasisedLength });
            }

            var properties = document.PackageProperties;
            var metadata = string.IsNullOrWhiteSpace(properties.Title) && string.IsNullOrWhiteSpace(properties.Creator)
                ? NoteMetadata.None
                : new NoteMetadata(Blank(properties.Title), null, null, Blank(properties.Creator), []);
            return new NoteReading(new NoteText(relativePath, lines, metadata), blocks, null, []);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException)
        {
            return NoteReading.Skip(new NoteWarning(relativePath, null, $"skipped: not a readable Word document ({FirstLine(e.Message)})"));
        }
    }

    private static (string Text, List<RawLink> Links) Read(Paragraph paragraph, MainDocumentPart main)
    {
        var text = new StringBuilder();
        var links = new List<RawLink>();
        foreach (var element in paragraph.Elements())
        {
            if (element is Hyperlink hyperlink)
            {
                var label = RunsText(hyperlink);
                text.Append(label);
                var url = hyperlink.Id?.Value is { } id ? main.HyperlinkRelationships.FirstOrDefault(r => r.Id == id)?.Uri.OriginalString : null;
                if (url is not null && InlineText.IsWebUrl(url))
                    links.Add(new RawLink(url, InlineText.Collapse(label)));
            }
            else
            {
                text.Append(RunsText(element));
            }
        }
        // Bare URLs typed into the text are links too, as in every other format.
        var (plain, bare) = InlineText.Read(text.ToString());
        links.AddRange(bare.Where(b => links.All(l => l.Url != b.Url)));
        return (plain, links);
    }

    private static string RunsText(OpenXmlElement element)
    {
        var text = new StringBuilder();
        foreach (var part in element.Descendants())
        {
            switch (part)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    text.Append(' ');
                    break;
            }
        }
        return text.ToString();
    }

    private static bool IsAllBold(Paragraph paragraph, DocxStyles styles)
    {
        var runs = paragraph.Descendants<Run>().Where(r => r.Descendants<Text>().Any(t => t.Text.Trim().Length > 0)).ToList();
        return runs.Count > 0 && runs.All(r => r.RunProperties?.Bold is { } bold ? bold.Val?.Value != false : styles.IsBold(paragraph));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
