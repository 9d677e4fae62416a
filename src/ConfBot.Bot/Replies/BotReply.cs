namespace ConfBot.Bot.Replies;

/// <summary>
/// What the bot says, before any chat surface draws it: a one-line summary (notifications, screen readers) and the
/// parts of the message in order. Surfaces render parts to their own format and enforce their own size limits.
/// </summary>
public sealed record BotReply(string Summary, IReadOnlyList<ReplyPart> Parts)
{
    /// <summary>What the reply is and the talks it shows.</summary>
    public ReplySubject Subject { get; init; } = ReplySubject.Message;

    /// <summary>A reply of one paragraph, summarised by its own plain text.</summary>
    public static BotReply Say(RichText text) => new(text.ToPlainText(), [new ReplyParagraph(text)]);

    /// <summary>
    /// A form to open instead of showing the parts, where the surface can open one (in Slack a slash command or a click
    /// opens it as a modal); the parts say what to do where no form can be opened.
    /// </summary>
    public BotForm? Form { get; init; }

    /// <summary>What the reply showed as an answer (its feedback part); null for help, confirmations and the like.</summary>
    public Feedback.ShownAnswer? Shown => Parts.OfType<ReplyFeedback>().FirstOrDefault()?.Answer;
}
