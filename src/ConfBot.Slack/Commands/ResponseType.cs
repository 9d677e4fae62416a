using System.Text.Json.Serialization;

namespace ConfBot.Slack.Commands;

/// <summary>Who sees a slash command or <c>response_url</c> reply.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ResponseType>))]
public enum ResponseType
{
    /// <summary>Only the invoking user (Slack's default).</summary>
    [JsonStringEnumMemberName("ephemeral")]
    Ephemeral,

    /// <summary>Everyone in the channel, along with the user's command.</summary>
    [JsonStringEnumMemberName("in_channel")]
    InChannel,
}
