namespace ConfBot.Bot.Checklist;

/// <summary>The user's Home tab, redrawn whole from the store.</summary>
public sealed record HomeChecklist(IReadOnlyList<string> ActionPointIds) : ChecklistMessage(ActionPointIds);
