namespace ConfBot.Core.State;

/// <summary>A conversation thread: its channel and the timestamp of its first message.</summary>
/// <param name="ThreadTs">The thread's parent message; empty for a conversation's main flow (a DM outside any thread).</param>
public sealed record ThreadKey(string ChannelId, string ThreadTs);
