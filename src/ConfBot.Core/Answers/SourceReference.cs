using System.Globalization;
using ConfBot.Core.Talks;

namespace ConfBot.Core.Answers;

/// <summary>
/// One write-up's note as an answer names it: the note's title (its file name when it has none), who wrote it and
/// when, the line, and where to read it when the notes are on the web.
/// </summary>
/// <param name="Byline">"hashfyre, 2017-05-20", or null when the note names neither author nor date.</param>
/// <param name="Url">The note on the web (<see cref="Notes.NotesOptions.BaseUrl"/> plus its path), or null.</param>
public sealed record SourceReference(string Name, string? Byline, int Line, string? Url)
{
    public static SourceReference Of(NoteSource source, Uri? notesWebsite)
    {
        var note = source.Note;
        var byline = string.Join(", ", new[] { note.Author, note.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }.OfType<string>());
        return new SourceReference(
            note.Title ?? Path.GetFileName(source.File),
            byline.Length > 0 ? byline : null,
            source.Line,
            notesWebsite is null ? null : OnTheWeb(notesWebsite, source.File));
    }

    /// <summary>
    /// "from <i>name</i> (byline), line 95", or "from 2 write-ups: …; …"; <paramref name="name"/> shows a source's name
    /// (as a link where the surface has them) and <paramref name="text"/> readies the rest for the surface.
    /// </summary>
    public static string Summary(IReadOnlyList<SourceReference> sources, Func<SourceReference, string> name, Func<string, string> text)
    {
        var described = sources.Select(s => name(s) + text(s.Byline is null ? $", line {s.Line}" : $" ({s.Byline}), line {s.Line}")).ToList();
        return described.Count switch
        {
            0 => "",
            1 => text("from ") + described[0],
            var n => text($"from {n} write-ups: ") + string.Join(text("; "), described),
        };
    }

    // The note's path is escaped segment by segment so its slashes stay folders. No line anchor: "#L95" is one
    // host's convention, and BaseUrl may be any web view of the folder.
    private static string OnTheWeb(Uri notesWebsite, string file) =>
        notesWebsite.AbsoluteUri.TrimEnd('/') + "/" + string.Join('/', file.Split('/').Select(Uri.EscapeDataString));
}
