namespace ConfBot.Core.Notes.Reading;

/// <summary>
/// Which files are notes, by extension, and how each kind is read into blocks: text formats by the reader that
/// recognises the content (<see cref="NoteReaders"/>); reStructuredText, Org and AsciiDoc by converting them to HTML
/// with an optional external program; Word documents in-process.
/// </summary>
internal sealed class NoteFormats
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "", ".md", ".markdown", ".mdown", ".mkd", ".txt", ".text", ".html", ".htm",
    };

    private const string WordExtension = ".docx";

    private readonly IReadOnlyDictionary<string, ExternalConverter> _converters;
    private readonly NoteReaders _readers = new();

    public NoteFormats()
        : this(new Dictionary<string, ExternalConverter>(StringComparer.OrdinalIgnoreCase)
        {
            [".rst"] = ExternalConverter.PandocRst(),
            [".rest"] = ExternalConverter.PandocRst(),
            [".org"] = ExternalConverter.PandocOrg(),
            [".adoc"] = ExternalConverter.Asciidoctor(),
            [".asciidoc"] = ExternalConverter.Asciidoctor(),
            [".asc"] = ExternalConverter.Asciidoctor(),
        })
    {
    }

    /// <summary>With other converters, for tests of a converter that is missing or fails.</summary>
    internal NoteFormats(IReadOnlyDictionary<string, ExternalConverter> converters) =>
        _converters = new Dictionary<string, ExternalConverter>(converters, StringComparer.OrdinalIgnoreCase);

    public bool IsNote(string path)
    {
        var extension = Path.GetExtension(path);
        return TextExtensions.Contains(extension) || _converters.ContainsKey(extension) || IsWord(extension);
    }

    /// <summary>A note kept as text (Markdown, plain text, HTML) that needs no converter: what a written note may be.</summary>
    public static bool IsText(string path) => TextExtensions.Contains(Path.GetExtension(path));

    public NoteReading Read(string relativePath, byte[] bytes, long maxBytes)
    {
        if (bytes.Length > maxBytes)
            return NoteReading.Skip(TooLarge(relativePath, bytes.Length, maxBytes));
        var extension = Path.GetExtension(relativePath);
        if (IsWord(extension))
            return DocxNoteReader.Read(relativePath, bytes, maxBytes);

        var (note, skipped, warnings) = NoteFileReader.Read(relativePath, bytes);
        if (note is null)
            return NoteReading.Skip(skipped!);
        if (!_converters.TryGetValue(extension, out var converter))
            return new NoteReading(note, _readers.Read(note), null, warnings);

        var (html, failure) = converter.Convert(note.Body, extension.ToLowerInvariant());
        if (html is null)
            return NoteReading.Skip(new NoteWarning(relativePath, null, failure!));
        var (blocks, metadata) = HtmlNoteReader.ReadPage(html);
        var described = note.Metadata == NoteMetadata.None ? note with { Metadata = metadata } : note;
        return new NoteReading(described, SourceLines.Map(blocks, note.Lines), null, warnings);
    }

    public static NoteWarning TooLarge(string relativePath, long length, long maxBytes) =>
        new(relativePath, null, $"skipped: {length:N0} bytes is over the {maxBytes:N0}-byte limit");

    private static bool IsWord(string extension) => extension.Equals(WordExtension, StringComparison.OrdinalIgnoreCase);
}
