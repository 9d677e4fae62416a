namespace ConfBot.Slack.Views;

/// <summary>A modal Slack is showing: its id, and the hash that guards a later <c>views.update</c> against a race.</summary>
public sealed record OpenedView(string Id, string? Hash);
