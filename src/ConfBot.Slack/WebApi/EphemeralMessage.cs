using ConfBot.Slack.BlockKit;

namespace ConfBot.Slack.WebApi;

/// <summary>Arguments of <c>chat.postEphemeral</c>: a message only <see cref="User"/> sees in <see cref="Channel"/>.</summary>
public sealed record EphemeralMessage
{
    public required string Channel { get; init; }

    public required string User { get; init; }

    public required string Text { get; init; }

    public IReadOnlyList<Block>? Blocks { get; init; }

    public string? ThreadTs { get; init; }
}
