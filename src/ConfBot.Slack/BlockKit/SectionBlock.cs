namespace ConfBot.Slack.BlockKit;

/// <summary>Text (up to 3000 characters), optional two-column fields and one accessory element.</summary>
public sealed record SectionBlock : Block
{
    public TextObject? Text { get; init; }

    public IReadOnlyList<TextObject>? Fields { get; init; }

    public BlockElement? Accessory { get; init; }

    public static SectionBlock Mrkdwn(string text, BlockElement? accessory = null) =>
        new() { Text = new MrkdwnText(text), Accessory = accessory };
}
