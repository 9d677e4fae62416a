namespace ConfBot.Core.Talks;

/// <summary>A note as a person recognises it: its title, who wrote it and when, as far as the note says.</summary>
public sealed record NoteAttribution(string? Title, string? Author, DateOnly? Date)
{
    public static NoteAttribution Unknown { get; } = new(null, null, null);
}
