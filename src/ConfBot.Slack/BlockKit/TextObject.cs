using System.Text.Json.Serialization;

namespace ConfBot.Slack.BlockKit;

/// <summary>A Block Kit text object: <see cref="PlainText"/> or <see cref="MrkdwnText"/>.</summary>
/// <remarks>
/// The type is an ordinary property rather than a polymorphic discriminator so it is written even where a
/// property is declared as <see cref="PlainText"/> (headers, buttons), not only as <see cref="TextObject"/>.
/// </remarks>
public abstract record TextObject(string Text)
{
    [JsonPropertyOrder(-1)]
    public abstract string Type { get; }
}
