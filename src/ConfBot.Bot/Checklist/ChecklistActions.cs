namespace ConfBot.Bot.Checklist;

/// <summary>The <c>action_id</c>s of the checklist buttons; the value is a <see cref="ChecklistValue"/>.</summary>
public static class ChecklistActions
{
    public const string Claim = "confbot_checklist_claim";
    public const string Done = "confbot_checklist_done";
    public const string Reopen = "confbot_checklist_reopen";
}
