namespace ConfBot.Core.Notes;

/// <summary>Why a note (or part of one) was skipped; the rest of the notes still load.</summary>
public sealed record NoteWarning(string File, int? Line, string Reason)
{
    public override string ToString() => Line is { } line ? $"{File}:{line}: {Reason}" : $"{File}: {Reason}";
}
