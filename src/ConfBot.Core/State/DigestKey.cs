namespace ConfBot.Core.State;

/// <summary>Identifies one digest: a channel gets at most one per local calendar day.</summary>
public sealed record DigestKey(string ChannelId, DateOnly LocalDate)
{
    public override string ToString() => $"{ChannelId} {LocalDate:yyyy-MM-dd}";
}
