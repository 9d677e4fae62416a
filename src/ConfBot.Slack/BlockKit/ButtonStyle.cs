using System.Text.Json.Serialization;

namespace ConfBot.Slack.BlockKit;

/// <summary>Button colour; omit for the default look.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ButtonStyle>))]
public enum ButtonStyle
{
    [JsonStringEnumMemberName("primary")]
    Primary,

    [JsonStringEnumMemberName("danger")]
    Danger,
}
