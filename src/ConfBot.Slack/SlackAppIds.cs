namespace ConfBot.Slack;

/// <summary>
/// Wire names the Slack app's configuration and the code that handles it must agree on: the shortcuts' callback ids
/// declared in <c>deploy/slack-app-manifest.yml</c> (checked by the manifest tests), and the ids of ConfBot's own
/// modals and feedback buttons, so the handler registered for one and the view or block that sends it cannot drift.
/// </summary>
public static class SlackAppIds
{
    /// <summary>The global shortcut "Add conference notes".</summary>
    public const string AddNoteShortcut = "confbot_add_note";

    /// <summary>The message shortcut "Save as conference notes".</summary>
    public const string SaveMessageShortcut = "confbot_save_message";

    /// <summary>The <c>callback_id</c> of the modal a note is written or edited in.</summary>
    public const string NoteModal = "confbot_note";

    /// <summary>The <c>callback_id</c> of the optional "what was missing?" modal after a 👎.</summary>
    public const string FeedbackModal = "confbot_feedback";

    /// <summary>The <c>action_id</c> of the feedback buttons under an answer.</summary>
    public const string FeedbackAction = "confbot_feedback";
}
