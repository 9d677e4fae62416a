using System.Text.Json.Serialization;

namespace ConfBot.Slack.BlockKit;

/// <summary>An interactive element for a section accessory or an actions block.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ButtonElement), "button")]
public abstract record BlockElement;
