namespace ConfBot.Checklist;

/// <summary>An <c>actions</c> listing: the filter and query it was asked with.</summary>
internal sealed record ListChecklist(ActionPointFilter Filter, string Query, IReadOnlyList<string> ActionPointIds)
    : ChecklistMessage(ActionPointIds);
