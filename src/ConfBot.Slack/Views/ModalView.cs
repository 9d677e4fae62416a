using System.Text.Json.Serialization;
using ConfBot.Slack.BlockKit;

namespace ConfBot.Slack.Views;

/// <summary>
/// A modal (<c>views.open</c>, <c>views.update</c>, <c>views.push</c>, or a <c>view_submission</c>'s
/// <c>update</c>/<c>push</c>). Slack's limits (docs.slack.dev/reference/views/modal-views): title, submit and
/// close at most 24 characters, 100 blocks, <see cref="CallbackId"/> 255, <see cref="PrivateMetadata"/> 3000.
/// A modal with <see cref="InputBlock"/>s needs <see cref="Submit"/>.
/// </summary>
public sealed record ModalView(PlainText Title, IReadOnlyList<Block> Blocks)
{
    public ModalView(string title, IReadOnlyList<Block> blocks)
        : this(new PlainText(title), blocks)
    {
    }

    // Stored, not computed, as HomeView's type: System.Text.Json writes no static member.
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "modal";

    /// <summary>Names the form in its <c>view_submission</c> and <c>view_closed</c>, which are routed by it.</summary>
    public string? CallbackId { get; init; }

    /// <summary>State the app gets back on submission (e.g. the conversation a shortcut came from); never shown.</summary>
    public string? PrivateMetadata { get; init; }

    public PlainText? Submit { get; init; }

    public PlainText? Close { get; init; }

    /// <summary>Send a <c>view_closed</c> when the user cancels.</summary>
    public bool? NotifyOnClose { get; init; }

    /// <summary>Closing this view closes the whole stack.</summary>
    public bool? ClearOnClose { get; init; }

    public string? ExternalId { get; init; }
}
