namespace ConfBot.Bot.Notes;

/// <summary>The action ids of the buttons under a listed written note; each button's value is the note's id.</summary>
public static class NoteActions
{
    public const string Edit = "confbot_note_edit";
    public const string Delete = "confbot_note_delete";

    /// <summary>The second click a deletion needs, on the question that the first one asked.</summary>
    public const string ConfirmDelete = "confbot_note_delete_confirm";
}
