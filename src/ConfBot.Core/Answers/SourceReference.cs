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
    /// <summary>For a note written through the bot, its author's user id; null for a note in the folder.</summary>
    public string? WrittenBy { get; init; }

    public static SourceReference Of(NoteSource source, Uri? notesWebsite)
    {
        var note = source.Note;
        // A written note is not in the folder: it is named by its title or file and found at its permalink, if any.
        if (source.Written is { } written)
            return new SourceReference(note.Title ?? Path.GetFileName(source.File), null, source.Line, written.Source.Url?.AbsoluteUri)
            {
                WrittenBy = written.AuthorId,
            };
        var byline = string.Join(", ", new[] { note.Author, note.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }.OfType<string>());
        return new SourceReference(
            note.Title ?? Path.GetFileName(source.File),
            byline.Length > 0 ? byline : null,
            source.Line,
            notesWebsite is null ? null : OnTheWeb(notesWebsite, source.File));
    }

    /// <summary>
    /// "from NAME, line N" or "from N write-ups: A, line 1; B (byline), line 9" as pieces in order, so each caller
    /// formats a source's name (bold, a link) and the words around it its own way.
    /// </summary>
    /// <param name="person">Draws a written note's author from their user id; without it the id is written as text.</param>
    public static IReadOnlyList<T> Summary<T>(IReadOnlyList<SourceReference> sources, Func<SourceReference, T> name, Func<string, T> text, Func<string, T>? person = null)
    {
        var pieces = new List<T>();
        if (sources.Count > 0)
            pieces.Add(text(sources.Count == 1 ? "from " : $"from {sources.Count} write-ups: "));
        for (var i = 0; i < sources.Count; i++)
        {
            if (i > 0)
                pieces.Add(text("; "));
            var s = sources[i];
            pieces.Add(name(s));
            if (s.WrittenBy is { } author)
            {
                pieces.Add(text(" (written by "));
                pieces.Add(person is null ? text(author) : person(author));
                pieces.Add(text(")"));
            }
            else
                pieces.Add(text(s.Byline is null ? $", line {s.Line}" : $" ({s.Byline}), line {s.Line}"));
        }
        return pieces;
    }

    // The note's path is escaped segment by segment so its slashes stay folders. No line anchor: "#L95" is one
    // host's convention, and BaseUrl may be any web view of the folder.
    private static string OnTheWeb(Uri notesWebsite, string file) =>
        notesWebsite.AbsoluteUri.TrimEnd('/') + "/" + string.Join('/', file.Split('/').Select(Uri.EscapeDataString));
}
