namespace ConfBot.Core.Talks;

/// <summary>Where a write-up came from: the note file (relative to the notes folder), its 1-based line and the heading the note used.</summary>
public sealed record NoteSource(string File, int Line, string Title)
{
    /// <summary>The note's own title, author and date, for naming the source the way its reader knows it.</summary>
    public NoteAttribution Note { get; init; } = NoteAttribution.Unknown;

    /// <summary>The written note this write-up was read from; null for a note in the notes folder.</summary>
    public WrittenNoteReference? Written { get; init; }

    public override string ToString() => $"{File} line {Line}";
}
