using ConfBot.Core.Notes;
using ConfBot.Core.Notes.Outline;
using ConfBot.Core.Tests.TestSupport;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ConfBot.Core.Tests.Notes.Formats;

/// <summary>A Word document (as Word and Google Docs export it) is read from its paragraph styles, numbering and hyperlinks; a block's line is its paragraph's number.</summary>
public sealed class DocxNoteTests
{
    [Fact]
    public void Styles_give_headings_numbering_gives_items_and_hyperlinks_keep_their_url()
    {
        var blocks = NotesReader.Blocks(Document(
            Styled("Title", "KubeCon EU 2024"),
            Styled("Heading1", "Day 1"),
            // Word in German names the style id "berschrift2"; its name stays "heading 2".
            Styled("berschrift2", "Cilium deep dive by Ann Lee"),
            Numbered(0, "eBPF replaces iptables"),
            Numbered(1, "no more conntrack races"),
            new Paragraph(),
            new Paragraph(new Run(new Text("Talk page: ") { Space = SpaceProcessingModeValues.Preserve }), new Hyperlink(new Run(new Text("on sched"))) { Id = "talk" }),
            new Paragraph(new Run(new RunProperties(new Bold()), new Text("Takeaways")))), "kubecon.docx");
        Assert.Equal([
            "1 Heading 1 KubeCon EU 2024",
            "2 Heading 2 Day 1",
            "3 Heading 3 Cilium deep dive by Ann Lee",
            "4 Item 0 eBPF replaces iptables",
            "5 Item 1 no more conntrack races",
            "7 Paragraph 0 Talk page: on sched <https://kccnceu2024.sched.com/event/1YeM2>",
            "8 Paragraph 0 Takeaways",
        ], blocks.Select(b => $"{b.Line} {b.Kind} {b.Level} {b.Text}{string.Concat(b.Links.Select(l => $" <{l.Url}>"))}"));
        Assert.True(blocks[^1].Emphasised);
    }

    [Fact]
    public void A_file_named_docx_that_is_not_a_word_document_is_skipped_as_unreadable()
    {
        var outcome = NotesReader.Outcome("## not a zip"u8.ToArray(), "notes.docx");
        Assert.Equal(NoteOutcomeKind.Skipped, outcome.Kind);
        Assert.StartsWith("skipped: not a readable Word document (", outcome.Reason);
    }

    [Fact]
    public void A_word_document_that_unpacks_to_far_more_than_its_size_is_skipped()
    {
        var bytes = Document(new Paragraph(new Run(new Text(new string('a', 200_000)))));
        var outcome = NotesReader.Outcome(bytes, "bomb.docx", maxFileBytes: 20_000);
        Assert.True(bytes.Length < 20_000);
        Assert.Equal(NoteOutcomeKind.Skipped, outcome.Kind);
        Assert.StartsWith("skipped: not a readable Word document (", outcome.Reason);
    }

    private static byte[] Document(params Paragraph[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                Style("Title", "Title"), Style("Heading1", "heading 1"), Style("berschrift2", "heading 2"), Style("ListParagraph", "List Paragraph"));
            main.AddHyperlinkRelationship(new Uri("https://kccnceu2024.sched.com/event/1YeM2"), isExternal: true, id: "talk");
            main.Document = new Document(new Body(paragraphs));
        }
        return stream.ToArray();
    }

    private static Style Style(string id, string name) => new(new StyleName { Val = name }) { StyleId = id, Type = StyleValues.Paragraph };

    private static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), new Run(new Text(text)));

    private static Paragraph Numbered(int level, string text) =>
        new(new ParagraphProperties(
                new ParagraphStyleId { Val = "ListParagraph" },
                new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })),
            new Run(new Text(text)));
}
