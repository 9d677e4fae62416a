namespace ConfBot.Slack.WebApi;

/// <summary>Where a message landed: its conversation and timestamp (use both to update or thread on it).</summary>
public sealed record PostedMessage(string Channel, string Ts);
