namespace ConfBot.Slack.BlockKit;

/// <summary>
/// A labelled form field in a modal (<c>input</c> block). Its value arrives in the <c>view_submission</c>'s
/// <c>state.values</c> under this block's <see cref="Block.BlockId"/> and the element's action id, so set a
/// stable block id: a field error names it. Label and hint at most 2000 characters.
/// </summary>
public sealed record InputBlock(PlainText Label, InputElement Element) : Block
{
    public InputBlock(string label, InputElement element)
        : this(new PlainText(label), element)
    {
    }

    /// <summary>True lets the form be submitted with this field empty (Slack's default is false: required).</summary>
    public bool? Optional { get; init; }

    /// <summary>Help text under the field.</summary>
    public PlainText? Hint { get; init; }
}
