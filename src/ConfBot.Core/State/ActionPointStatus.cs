namespace ConfBot.Core.State;

public enum ActionPointStatus
{
    Open,
    /// <summary>Someone said they will do it.</summary>
    Claimed,
    Done,
}
