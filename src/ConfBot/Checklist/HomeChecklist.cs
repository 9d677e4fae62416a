namespace ConfBot.Checklist;

/// <summary>The user's Home tab, redrawn whole from the store.</summary>
internal sealed record HomeChecklist(IReadOnlyList<string> ActionPointIds) : ChecklistMessage(ActionPointIds);
