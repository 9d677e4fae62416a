using ConfBot.Core.Notes.Outline;

namespace ConfBot.Core.Notes.Reading;

/// <summary>Picks the reader for a text note, mostly by its content: scraped talk page, HTML page (or a .html file), Markdown, else plain text.</summary>
internal sealed class NoteReaders
{
    private readonly INoteReader[] _readers;

    public NoteReaders()
    {
        var plainText = new PlainTextNoteReader();
        _readers = [new EventPageNoteReader(plainText), new HtmlNoteReader(), new MarkdownNoteReader(), plainText];
    }

    public IReadOnlyList<NoteBlock> Read(NoteText note) => _readers.First(r => r.CanRead(note)).Read(note);
}
