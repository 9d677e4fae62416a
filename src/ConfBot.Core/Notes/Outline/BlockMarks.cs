namespace ConfBot.Core.Notes.Outline;

/// <summary>The <see cref="NoteBlock.Mark"/>s every format shares; an admonition's mark is instead its title as written.</summary>
internal static class BlockMarks
{
    /// <summary>Still to do: an Org <c>TODO</c> headline, rst <c>.. todo::</c>, an unticked checklist or task list box.</summary>
    public const string Todo = "TODO";

    /// <summary>Done: an Org <c>DONE</c> headline, a ticked checklist or task list box.</summary>
    public const string Done = "DONE";
}
