namespace ConfBot.Core.Notes.Outline;

/// <summary>
/// A to-do the note's format marks on a block itself (a task-list checkbox, an rst <c>todo</c> directive, an
/// admonition titled Action), so talk building need not guess it from the words.
/// </summary>
internal enum ActionMark
{
    None,
    Open,
    /// <summary>Ticked off in the note (<c>- [x]</c>): the checklist starts it as done.</summary>
    Done,
}
