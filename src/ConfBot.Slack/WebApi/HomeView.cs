using System.Text.Json.Serialization;
using ConfBot.Slack.BlockKit;

namespace ConfBot.Slack.WebApi;

/// <summary>A Home tab view for <c>views.publish</c>; at most 100 blocks.</summary>
public sealed record HomeView(IReadOnlyList<Block> Blocks)
{
    // An instance property with its value stored, not computed: System.Text.Json writes no static member, and a
    // computed one that reads no state would have to be static (CA1822).
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "home";
}
