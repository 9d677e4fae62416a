namespace ConfBot.Slack.BlockKit;

/// <summary>
/// Slack's documented Block Kit limits, and a fitter that trims blocks to them (truncating text with an
/// ellipsis, dropping surplus items) so no message is ever rejected for size.
/// </summary>
public static class BlockKitLimits
{
    public const int MessageBlocks = 50;
    public const int ViewBlocks = 100;
    public const int MessageText = 40_000;
    public const int TextObjectText = 3000;
    public const int SectionText = 3000;
    public const int SectionFields = 10;
    public const int SectionFieldText = 2000;
    public const int HeaderText = 150;
    public const int ContextElements = 10;
    public const int ActionsElements = 25;
    public const int ButtonText = 75;
    public const int ButtonUrl = 3000;
    public const int ActionId = 255;
    public const int ActionValue = 2000;
    public const int BlockId = 255;
    public const int ContextActionsElements = 5;
    public const int FeedbackButtonText = 75;
    public const int FeedbackAccessibilityLabel = 75;
    public const int InputLabel = 2000;
    public const int InputHint = 2000;
    public const int Placeholder = 150;
    public const int PlainTextInputLength = 3000;

    /// <summary>A modal's title, submit and close texts (docs.slack.dev/reference/views/modal-views).</summary>
    public const int ViewTitle = 24;
    public const int CallbackId = 255;
    public const int PrivateMetadata = 3000;
    public const int ExternalId = 255;

    /// <summary>Fits blocks for a message (at most <see cref="MessageBlocks"/>).</summary>
    public static IReadOnlyList<Block> FitMessage(IReadOnlyList<Block> blocks) => Fit(blocks, MessageBlocks);

    /// <summary>Fits blocks for a modal or Home tab (at most <see cref="ViewBlocks"/>).</summary>
    public static IReadOnlyList<Block> FitView(IReadOnlyList<Block> blocks) => Fit(blocks, ViewBlocks);

    public static string FitMessageText(string text) => SlackText.Truncate(text, MessageText);

    // A message cut short keeps its closing buttons ("More results", "N more links"): they lead to the rest.
    private static Block[] Fit(IReadOnlyList<Block> blocks, int maxBlocks) =>
        blocks.Count > maxBlocks && blocks[^1] is ActionsBlock closing
            ? [.. blocks.Take(maxBlocks - 1).Append(closing).Select(Fit)]
            : [.. blocks.Take(maxBlocks).Select(Fit)];

    private static Block Fit(Block block)
    {
        var fitted = block switch
        {
            SectionBlock section => section with
            {
                Text = section.Text is null ? null : Fit(section.Text, SectionText),
                Fields = section.Fields is null ? null : [.. section.Fields.Take(SectionFields).Select(f => Fit(f, SectionFieldText))],
                Accessory = section.Accessory is null ? null : Fit(section.Accessory),
            },
            HeaderBlock header => header with { Text = header.Text with { Text = SlackText.Truncate(header.Text.Text, HeaderText) } },
            ContextBlock context => context with { Elements = [.. context.Elements.Take(ContextElements).Select(e => Fit(e, TextObjectText))] },
            ActionsBlock actions => actions with { Elements = [.. actions.Elements.Take(ActionsElements).Select(Fit)] },
            ContextActionsBlock context => context with { Elements = [.. context.Elements.Take(ContextActionsElements).Select(Fit)] },
            InputBlock input => input with
            {
                Label = Fit(input.Label, InputLabel),
                Hint = input.Hint is null ? null : Fit(input.Hint, InputHint),
                Element = input.Element.Placeholder is { } placeholder ? input.Element with { Placeholder = Fit(placeholder, Placeholder) } : input.Element,
            },
            _ => block,
        };
        return fitted.BlockId is null ? fitted : fitted with { BlockId = SlackText.Truncate(fitted.BlockId, BlockId) };
    }

    private static T Fit<T>(T text, int maxLength)
        where T : TextObject => text with { Text = SlackText.Truncate(text.Text, maxLength) };

    private static FeedbackButtonsElement Fit(FeedbackButtonsElement element) =>
        element with { PositiveButton = Fit(element.PositiveButton), NegativeButton = Fit(element.NegativeButton) };

    private static FeedbackButton Fit(FeedbackButton button) => button with
    {
        Text = Fit(button.Text, FeedbackButtonText),
        Value = SlackText.Truncate(button.Value, ActionValue),
        AccessibilityLabel = button.AccessibilityLabel is null ? null : SlackText.Truncate(button.AccessibilityLabel, FeedbackAccessibilityLabel),
    };

    private static BlockElement Fit(BlockElement element) => element switch
    {
        ButtonElement button => button with
        {
            Text = button.Text with { Text = SlackText.Truncate(button.Text.Text, ButtonText) },
            ActionId = SlackText.Truncate(button.ActionId, ActionId),
            Value = button.Value is null ? null : SlackText.Truncate(button.Value, ActionValue),
            Url = button.Url is null ? null : SlackText.Truncate(button.Url, ButtonUrl),
        },
        _ => element,
    };
}
