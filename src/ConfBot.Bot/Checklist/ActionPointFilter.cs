namespace ConfBot.Bot.Checklist;

/// <summary>Which action points <c>actions [open|mine|done]</c> lists.</summary>
public enum ActionPointFilter
{
    All,
    /// <summary>Not done yet, whether or not someone took it.</summary>
    Open,
    /// <summary>Taken by the asker and not done yet.</summary>
    Mine,
    Done,
}
