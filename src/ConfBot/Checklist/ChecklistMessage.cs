namespace ConfBot.Checklist;

/// <summary>
/// What a message with checklist buttons showed, so a click can redraw it in place with the new state. Slack does
/// not hand the message back in a form we can re-render, so each button carries this (see <see cref="ChecklistValue"/>).
/// </summary>
/// <param name="ActionPointIds">The action points listed, in order; a button names one by its index.</param>
internal abstract record ChecklistMessage(IReadOnlyList<string> ActionPointIds);

/// <summary>A posted (or previewed) digest: its day, talk of the day and new talks, as they were composed.</summary>
internal sealed record DigestChecklist(DateOnly Date, string TalkOfTheDayId, IReadOnlyList<string> NewTalkIds, IReadOnlyList<string> ActionPointIds)
    : ChecklistMessage(ActionPointIds);

/// <summary>An <c>actions</c> listing: the filter and query it was asked with.</summary>
internal sealed record ListChecklist(ActionPointFilter Filter, string Query, IReadOnlyList<string> ActionPointIds)
    : ChecklistMessage(ActionPointIds);

/// <summary>The user's Home tab, redrawn whole from the store.</summary>
internal sealed record HomeChecklist(IReadOnlyList<string> ActionPointIds) : ChecklistMessage(ActionPointIds);
