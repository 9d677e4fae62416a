namespace ConfBot.Core.Talks;

/// <summary>An explicit to-do the note's author wrote for a talk ("Action point: ...", "- [ ] ...", "TODO ...").</summary>
/// <param name="Id">Stable across runs and reloads: derived from the talk and the normalised text, so ticking it off in the note keeps it.</param>
/// <param name="IsDone">A note ticks it off: the checklist starts it as done until someone on the team moves it.</param>
public sealed record ActionPoint(string Id, string Text, NoteSource Source, bool IsDone = false);
