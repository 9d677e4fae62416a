namespace ConfBot.Checklist;

/// <summary>Which action points <c>actions [open|mine|done]</c> lists.</summary>
internal enum ActionPointFilter
{
    All,
    /// <summary>Not done yet, whether or not someone took it.</summary>
    Open,
    /// <summary>Taken by the asker and not done yet.</summary>
    Mine,
    Done,
}
