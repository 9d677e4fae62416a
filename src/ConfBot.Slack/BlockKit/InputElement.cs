using System.Text.Json.Serialization;

namespace ConfBot.Slack.BlockKit;

/// <summary>The element of an <see cref="InputBlock"/>; serialized with its Slack <c>type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(PlainTextInputElement), "plain_text_input")]
[JsonDerivedType(typeof(NumberInputElement), "number_input")]
public abstract record InputElement(string ActionId)
{
    /// <summary>Grey text shown while the field is empty; at most 150 characters.</summary>
    public PlainText? Placeholder { get; init; }
}
