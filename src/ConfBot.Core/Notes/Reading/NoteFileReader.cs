using System.Text;

namespace ConfBot.Core.Notes.Reading;

/// <summary>Turns a file's bytes into a <see cref="NoteText"/>, or says why the file cannot be a note.</summary>
internal static class NoteFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (NoteText? Note, NoteWarning? Warning) Read(string relativePath, byte[] bytes, long maxBytes)
    {
        if (bytes.Length > maxBytes)
            return Fail(relativePath, null, $"skipped: {bytes.Length:N0} bytes is over the {maxBytes:N0}-byte limit");
        if (Array.IndexOf(bytes, (byte)0) >= 0)
            return Fail(relativePath, null, "skipped: binary file (contains NUL bytes)");

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return Fail(relativePath, LineOfByte(bytes, e.Index), "skipped: not valid UTF-8");
        }

        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
            return Fail(relativePath, null, "skipped: empty note");

        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(Mojibake.Repair).ToArray();
        var (metadata, error) = FrontMatter.Extract(lines);
        if (error is not null)
            return Fail(relativePath, error.Value.Line, $"skipped: broken front matter ({error.Value.Reason})");
        if (HtmlNesting.TooDeepAt(lines) is { } deepLine)
            return Fail(relativePath, deepLine, $"skipped: HTML nested more than {HtmlNesting.MaxDepth:N0} elements deep");

        return (new NoteText(relativePath, lines, metadata), null);
    }

    private static (NoteText?, NoteWarning?) Fail(string file, int? line, string reason) => (null, new NoteWarning(file, line, reason));

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
