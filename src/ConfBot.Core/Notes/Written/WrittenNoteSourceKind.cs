namespace ConfBot.Core.Notes.Written;

/// <summary>How a written note reached ConfBot.</summary>
public enum WrittenNoteSourceKind
{
    /// <summary>Typed into ConfBot's notes form.</summary>
    Modal,

    /// <summary>Saved from a message and its thread.</summary>
    Message,

    /// <summary>A shared file.</summary>
    File,
}
