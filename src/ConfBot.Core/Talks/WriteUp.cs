namespace ConfBot.Core.Talks;

/// <summary>One note's account of one talk, before write-ups of the same talk are merged.</summary>
public sealed record WriteUp
{
    public required NoteSource Source { get; init; }
    /// <summary>The talk's title, or a readable one built from speaker, company and topic when the note names none.</summary>
    public required string Title { get; init; }
    /// <summary>True when the note gave no title and <see cref="Title"/> was built.</summary>
    public bool TitleIsDerived { get; init; }
    public IReadOnlyList<string> Speakers { get; init; } = [];
    public string? Company { get; init; }
    public string? Conference { get; init; }
    public int? Year { get; init; }
    public int? Day { get; init; }
    public string? Track { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string> KeyPoints { get; init; } = [];
    public IReadOnlyList<TalkLink> Links { get; init; } = [];
    /// <summary>Action points as written; ids are assigned when the talk is built.</summary>
    public IReadOnlyList<NotedActionPoint> ActionPoints { get; init; } = [];
}
