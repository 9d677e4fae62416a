namespace ConfBot.Core.Talks;

/// <summary>An explicit to-do the note's author wrote for a talk ("Action point: ...").</summary>
/// <param name="Id">Stable across runs and reloads: derived from the talk and the normalised text.</param>
public sealed record ActionPoint(string Id, string Text, NoteSource Source);
