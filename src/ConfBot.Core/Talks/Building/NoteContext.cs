namespace ConfBot.Core.Talks.Building;

/// <summary>What holds for every talk in one note unless a talk says otherwise, and how the note names itself.</summary>
internal sealed record NoteContext(string File, string? Conference, int? Year, int? Day, NoteAttribution Note);
