namespace ConfBot.Core.Notes;

/// <summary>What a note's front matter says about the note as a whole.</summary>
public sealed record NoteMetadata(string? Title, string? Conference, DateOnly? Date, string? Author, IReadOnlyList<string> Tags)
{
    public static NoteMetadata None { get; } = new(null, null, null, null, []);
}
