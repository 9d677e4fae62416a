using System.Text.Json.Serialization;

namespace ConfBot.Slack.BlockKit;

/// <summary>A Block Kit text object: <see cref="PlainText"/> or <see cref="MrkdwnText"/>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(PlainText), "plain_text")]
[JsonDerivedType(typeof(MrkdwnText), "mrkdwn")]
public abstract record TextObject(string Text);
