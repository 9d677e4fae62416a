using System.Text.Json.Serialization;

namespace ConfBot.Slack.Interactions;

/// <summary>A modal as Slack sends it back on submission or closing (blocks left out): its ids, the app's metadata and the form's state.</summary>
public sealed record SubmittedView
{
    public required string Id { get; init; }

    public string? Hash { get; init; }

    public string CallbackId { get; init; } = "";

    public string? PrivateMetadata { get; init; }

    public ViewState? State { get; init; }

    public string? RootViewId { get; init; }

    public string? PreviousViewId { get; init; }

    public string? ExternalId { get; init; }

    /// <summary>
    /// The form's values as block id → action id → value: the text typed (<c>value</c>) or the option picked
    /// (<c>selected_option.value</c>); null for a field left empty.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> Values =>
        (State ?? new ViewState()).Values.ToDictionary(
            block => block.Key,
            block => (IReadOnlyDictionary<string, string?>)block.Value.ToDictionary(action => action.Key, action => action.Value.Value ?? action.Value.SelectedOption?.Value));

    /// <summary>The value of one field, null when empty or absent.</summary>
    public string? ValueOf(string blockId, string actionId) =>
        Values.TryGetValue(blockId, out var block) && block.TryGetValue(actionId, out var value) ? value : null;
}
