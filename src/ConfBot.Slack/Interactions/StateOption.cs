namespace ConfBot.Slack.Interactions;

/// <summary>The option picked in a select, as its <see cref="Value"/>.</summary>
public sealed record StateOption(string? Value);
