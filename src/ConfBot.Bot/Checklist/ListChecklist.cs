namespace ConfBot.Bot.Checklist;

/// <summary>An <c>actions</c> listing: the filter and query it was asked with.</summary>
public sealed record ListChecklist(ActionPointFilter Filter, string Query, IReadOnlyList<string> ActionPointIds)
    : ChecklistMessage(ActionPointIds);
