using ConfBot.Slack.BlockKit;

namespace ConfBot.Slack.WebApi;

/// <summary>Arguments of <c>chat.update</c>. Null <see cref="Blocks"/> keeps the old blocks; an empty list clears them.</summary>
public sealed record MessageUpdate
{
    /// <summary>The conversation id; for a DM the <c>D…</c> id, not the user id.</summary>
    public required string Channel { get; init; }

    public required string Ts { get; init; }

    public required string Text { get; init; }

    public IReadOnlyList<Block>? Blocks { get; init; }

    /// <summary>Structured data for later clicks and redraws; see <see cref="MessageMetadata"/>.</summary>
    public MessageMetadata? Metadata { get; init; }
}
