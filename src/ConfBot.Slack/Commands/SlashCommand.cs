namespace ConfBot.Slack.Commands;

/// <summary>A slash command invocation (form fields over HTTP, a JSON object over Socket Mode).</summary>
public sealed record SlashCommand
{
    public required string Command { get; init; }

    /// <summary>Everything after the command name; empty when the user typed only the command.</summary>
    public string Text { get; init; } = "";

    public required string UserId { get; init; }

    public required string ChannelId { get; init; }

    public required string TeamId { get; init; }

    /// <summary>Where slow answers go: up to 5 posts within 30 minutes.</summary>
    public required string ResponseUrl { get; init; }

    /// <summary>Opens a modal; valid once, for 3 seconds.</summary>
    public string? TriggerId { get; init; }

    public string? ChannelName { get; init; }

    public string? TeamDomain { get; init; }

    public string? EnterpriseId { get; init; }

    public string? EnterpriseName { get; init; }

    public string? ApiAppId { get; init; }
}
