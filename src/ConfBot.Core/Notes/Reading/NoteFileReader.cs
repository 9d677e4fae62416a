using System.Text;

namespace ConfBot.Core.Notes.Reading;

/// <summary>Turns a file's bytes into a <see cref="NoteText"/>, or says why the file cannot be a note; and what it read leniently.</summary>
internal static class NoteFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // What the web reads a page labelled Latin-1 as; it differs only where Latin-1 has control codes no note holds.
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static (NoteText? Note, NoteWarning? Skipped, IReadOnlyList<NoteWarning> Warnings) Read(string relativePath, byte[] bytes)
    {
        var (text, encoding) = Decode(relativePath, bytes);
        if (text is null)
            return (null, encoding, []);
        var warnings = new List<NoteWarning>();
        if (encoding is not null)
            warnings.Add(encoding);

        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
            return Skip(relativePath, null, "skipped: empty note");

        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(Mojibake.Repair).ToArray();
        var (metadata, frontMatterWarnings) = FrontMatter.Extract(lines);
        warnings.AddRange(frontMatterWarnings.Select(w => new NoteWarning(relativePath, w.Line, w.Reason)));
        if (HtmlNesting.TooDeepAt(lines) is { } deepLine)
            return Skip(relativePath, deepLine, $"skipped: HTML nested more than {HtmlNesting.MaxDepth:N0} elements deep");

        return (new NoteText(relativePath, lines, metadata), null, warnings);
    }

    /// <summary>
    /// UTF-16 with a byte order mark, UTF-8, else Windows-1252 with a warning (notes saved by older Windows editors);
    /// or, with no text, the reason the file is skipped.
    /// </summary>
    internal static (string? Text, NoteWarning? Warning) Decode(string relativePath, byte[] bytes)
    {
        if (Utf16(bytes) is { } utf16)
            return (utf16.GetString(bytes, 2, bytes.Length - 2), null);
        if (Array.IndexOf(bytes, (byte)0) >= 0)
            return (null, new NoteWarning(relativePath, null, "skipped: binary file (contains NUL bytes)"));
        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            var line = LineOfByte(bytes, e.Index);
            var text = Windows1252.GetString(bytes);
            // The five bytes Windows-1252 leaves undefined come out as control codes: the text is in some other encoding.
            return text.Any(c => c is >= '\u0080' and <= '\u009F')
                ? (null, new NoteWarning(relativePath, line, "skipped: not valid UTF-8, nor Windows-1252 (Latin-1) text"))
                : (text, new NoteWarning(relativePath, line, "not valid UTF-8, so read as Windows-1252 (Latin-1)"));
        }
    }

    /// <summary>Windows editors' "Unicode" is UTF-16 with a byte order mark; its NUL bytes do not make it binary.</summary>
    private static Encoding? Utf16(byte[] bytes) => bytes switch
    {
        [0xFF, 0xFE, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false),
        [0xFE, 0xFF, ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false),
        _ => null,
    };

    private static (NoteText?, NoteWarning?, IReadOnlyList<NoteWarning>) Skip(string file, int? line, string reason) =>
        (null, new NoteWarning(file, line, reason), []);

    private static int? LineOfByte(byte[] bytes, int index)
    {
        if (index < 0 || index > bytes.Length)
            return null;
        var line = 1;
        for (var i = 0; i < index; i++)
            if (bytes[i] == (byte)'\n')
                line++;
        return line;
    }
}
