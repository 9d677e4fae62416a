namespace ConfBot.Core.Notes.Written;

/// <summary>What became of a request to add, edit or delete a written note.</summary>
public enum WrittenNoteOutcome
{
    Added,
    Edited,
    Deleted,

    /// <summary>Read and talks found, nothing stored: the answer of <see cref="IWrittenNotes.Check"/>.</summary>
    Checked,

    /// <summary>A draft with field errors; nothing was stored.</summary>
    Invalid,

    /// <summary>Read, but no talk was found in it; nothing was stored.</summary>
    NoTalkFound,

    /// <summary>Not a note ConfBot can read: not a text format, binary, too large, not text; nothing was stored.</summary>
    Unreadable,

    NotFound,

    /// <summary>Someone other than its author or an admin tried to change it.</summary>
    Refused,
}
