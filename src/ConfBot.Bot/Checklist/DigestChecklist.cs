namespace ConfBot.Bot.Checklist;

/// <summary>A posted (or previewed) digest: its day, talk of the day and new talks, as they were composed.</summary>
public sealed record DigestChecklist(DateOnly Date, string TalkOfTheDayId, IReadOnlyList<string> NewTalkIds, IReadOnlyList<string> ActionPointIds)
    : ChecklistMessage(ActionPointIds);
