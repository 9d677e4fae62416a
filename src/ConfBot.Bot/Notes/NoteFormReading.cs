using ConfBot.Core.Notes.Written;

namespace ConfBot.Bot.Notes;

/// <summary>A submitted notes form read back: the draft, or every field's problem (then <see cref="Draft"/> is null).</summary>
public sealed record NoteFormReading(NoteDraft? Draft, IReadOnlyList<NoteDraftError> Errors);
