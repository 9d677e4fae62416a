using ConfBot.Core.Notes.Written;

namespace ConfBot.Bot.Notes;

/// <summary>One field of the notes form, as any surface that draws forms shows it.</summary>
/// <param name="Field">The draft's field it fills, which also names it in errors.</param>
/// <param name="InitialValue">What it holds when the form opens (a note being edited, a message being saved); null when empty.</param>
/// <param name="MaxLength">The most a person can type in it; a surface's own limit may be lower.</param>
public sealed record NoteFormField(
    NoteDraftField Field, string Label, string? Hint, NoteFormInput Input, bool Optional, string? InitialValue, int MaxLength);
