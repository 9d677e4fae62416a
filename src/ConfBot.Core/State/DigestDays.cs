namespace ConfBot.Core.State;

/// <summary>Which days a channel's digest is posted on, in the subscription's own time zone.</summary>
public enum DigestDays
{
    /// <summary>Monday to Friday.</summary>
    Weekdays,
    Daily,
}
