namespace ConfBot.Core.Notes.Written;

/// <summary>The answer to an add, edit or delete: what happened, and what to tell the person who asked.</summary>
/// <param name="Note">The note as stored (added or edited), as it was (deleted), or the one refused; null otherwise.</param>
/// <param name="Talks">Titles of the talks found in the note, for an add or edit.</param>
/// <param name="Reason">Why nothing was stored or changed, as the notes folder's reading says it.</param>
/// <param name="Errors">For <see cref="WrittenNoteOutcome.Invalid"/>, each field's problem.</param>
public sealed record WrittenNoteResult(
    WrittenNoteOutcome Outcome, WrittenNote? Note, IReadOnlyList<string> Talks, string? Reason, IReadOnlyList<NoteDraftError> Errors)
{
    public bool Succeeded => Outcome is WrittenNoteOutcome.Added or WrittenNoteOutcome.Edited or WrittenNoteOutcome.Deleted;

    internal static WrittenNoteResult Done(WrittenNoteOutcome outcome, WrittenNote note, IReadOnlyList<string> talks) => new(outcome, note, talks, null, []);

    internal static WrittenNoteResult Failed(WrittenNoteOutcome outcome, string reason, WrittenNote? note = null) => new(outcome, note, [], reason, []);

    internal static WrittenNoteResult Invalid(IReadOnlyList<NoteDraftError> errors) =>
        new(WrittenNoteOutcome.Invalid, null, [], "Some fields need fixing.", errors);
}
