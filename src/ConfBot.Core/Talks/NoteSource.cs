namespace ConfBot.Core.Talks;

/// <summary>Where a write-up came from: the note file (relative to the notes folder), its 1-based line and the heading the note used.</summary>
public sealed record NoteSource(string File, int Line, string Title)
{
    /// <summary>The note's own title, author and date, for naming the source the way its reader knows it.</summary>
    public NoteAttribution Note { get; init; } = NoteAttribution.Unknown;

    public override string ToString() => $"{File} line {Line}";
}
