using System.Text.Json.Serialization;

namespace ConfBot.Slack.BlockKit;

/// <summary>A Block Kit layout block; serialized with its Slack <c>type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(InputBlock), "input")]
[JsonDerivedType(typeof(ContextActionsBlock), "context_actions")]
public abstract record Block
{
    /// <summary>Identifies the block in interaction payloads; at most 255 characters.</summary>
    public string? BlockId { get; init; }
}
