using System.Text.Json.Serialization;
using ConfBot.Slack.BlockKit;

namespace ConfBot.Slack.WebApi;

/// <summary>A Home tab view for <c>views.publish</c>; at most 100 blocks.</summary>
public sealed record HomeView(IReadOnlyList<Block> Blocks)
{
    [JsonPropertyOrder(-1)]
    public string Type => "home";
}
