namespace ConfBot.Core.Notes;

/// <summary>A note that passed the file checks: its lines (front matter blanked so line numbers stay true) and metadata.</summary>
/// <param name="File">Path relative to the notes folder, with forward slashes.</param>
/// <param name="Lines">Every line of the file; index 0 is line 1.</param>
public sealed record NoteText(string File, IReadOnlyList<string> Lines, NoteMetadata Metadata)
{
    public string Body => string.Join('\n', Lines);
}
