using ConfBot.Slack.BlockKit;

namespace ConfBot.Slack.Views;

/// <summary>
/// Fits a modal to Slack's view limits before it is sent. Shown text is truncated like a message's; the ids and
/// <see cref="ModalView.PrivateMetadata"/> carry the app's own state, which a cut would corrupt, so an oversized one
/// is refused with <see cref="ArgumentException"/> naming the field instead.
/// </summary>
public static class ModalLimits
{
    public static ModalView Fit(ModalView view)
    {
        Refuse(view.CallbackId, BlockKitLimits.CallbackId, "callback_id");
        Refuse(view.PrivateMetadata, BlockKitLimits.PrivateMetadata, "private_metadata");
        Refuse(view.ExternalId, BlockKitLimits.ExternalId, "external_id");
        return view with
        {
            Title = FitTitle(view.Title),
            Submit = view.Submit is null ? null : FitTitle(view.Submit),
            Close = view.Close is null ? null : FitTitle(view.Close),
            Blocks = BlockKitLimits.FitView(view.Blocks),
        };
    }

    private static PlainText FitTitle(PlainText text) => text with { Text = SlackText.Truncate(text.Text, BlockKitLimits.ViewTitle) };

    private static void Refuse(string? value, int maxLength, string field)
    {
        if (value is not null && value.Length > maxLength)
            throw new ArgumentException($"A modal's {field} holds at most {maxLength} characters; this one has {value.Length}.");
    }
}
