namespace ConfBot.Bot.Notes;

/// <summary>How a field of the notes form is typed in.</summary>
public enum NoteFormInput
{
    /// <summary>One line of text.</summary>
    Line,

    /// <summary>Several lines: the notes, a list with one entry per line.</summary>
    Lines,

    /// <summary>A whole number, such as a year.</summary>
    Number,
}
