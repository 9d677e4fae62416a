namespace ConfBot.Core.Notes;

public enum NoteOutcomeKind
{
    /// <summary>Read, and talks were found in it.</summary>
    Read,

    /// <summary>Read, but nothing in it is a talk; <see cref="NoteOutcome.Reason"/> says what the note seemed to be.</summary>
    NoTalkFound,

    /// <summary>A note that could not be read: binary, not text in a known encoding, too large, broken, or its converter is missing.</summary>
    Skipped,

    /// <summary>Not a note: a type ConfBot does not read (a PDF, an image).</summary>
    Ignored,
}

/// <summary>What became of one file in the notes folder. Every file that is not hidden ends in exactly one of these.</summary>
/// <param name="Talks">Write-ups found in the file, before write-ups of the same talk from other files are merged.</param>
/// <param name="Reason">Why nothing was found, skipped or ignored; null for a file that was read.</param>
/// <param name="Warnings">For a skipped file, the one saying why; for a read file, what was read leniently.</param>
public sealed record NoteOutcome(string File, NoteOutcomeKind Kind, int Talks, string? Reason, IReadOnlyList<NoteWarning> Warnings)
{
    public static NoteOutcome Read(string file, int talks, IReadOnlyList<NoteWarning> warnings) =>
        new(file, NoteOutcomeKind.Read, talks, null, warnings);

    public static NoteOutcome NoTalkFound(string file, string reason, IReadOnlyList<NoteWarning> warnings) =>
        new(file, NoteOutcomeKind.NoTalkFound, 0, reason, warnings);

    public static NoteOutcome Skipped(NoteWarning why) => new(why.File, NoteOutcomeKind.Skipped, 0, why.Reason, [why]);

    public static NoteOutcome Ignored(string file, string reason) => new(file, NoteOutcomeKind.Ignored, 0, reason, []);

    /// <summary>Read with talks and nothing to say about it: the outcome a listing need not mention.</summary>
    public bool IsPlainRead => Kind == NoteOutcomeKind.Read && Warnings.Count == 0;

    public override string ToString() => Kind switch
    {
        NoteOutcomeKind.Read => $"{File}: read ({Talks} {(Talks == 1 ? "talk" : "talks")}){WarningsText()}",
        NoteOutcomeKind.NoTalkFound => $"{File}: read, no talk found ({Reason}){WarningsText()}",
        NoteOutcomeKind.Skipped => Warnings[0].ToString(),
        _ => $"{File}: ignored ({Reason})",
    };

    private string WarningsText() => string.Concat(Warnings.Select(w => w.Line is { } line ? $"; line {line}: {w.Reason}" : $"; {w.Reason}"));
}
