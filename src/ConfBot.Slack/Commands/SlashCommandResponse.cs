using ConfBot.Slack.BlockKit;

namespace ConfBot.Slack.Commands;

/// <summary>
/// A reply to a slash command or interaction: the immediate ack body, or a message posted to a <c>response_url</c>.
/// Always set <see cref="Text"/>; it is the notification and screen-reader fallback when blocks are present.
/// </summary>
public sealed record SlashCommandResponse
{
    public ResponseType? ResponseType { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<Block>? Blocks { get; init; }

    /// <summary>Replace the message the interaction came from (not the user's own command message).</summary>
    public bool? ReplaceOriginal { get; init; }

    public string? ThreadTs { get; init; }

    /// <summary>
    /// Posts to a response_url take message metadata as chat.postMessage does (bolt-js #1821, bolt-python #895);
    /// see <see cref="WebApi.MessageMetadata"/>.
    /// </summary>
    public WebApi.MessageMetadata? Metadata { get; init; }

    public static SlashCommandResponse Ephemeral(string text) => new() { ResponseType = Commands.ResponseType.Ephemeral, Text = text };

    public static SlashCommandResponse InChannel(string text) => new() { ResponseType = Commands.ResponseType.InChannel, Text = text };
}
