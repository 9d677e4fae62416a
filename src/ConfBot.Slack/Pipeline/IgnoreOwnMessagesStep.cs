using ConfBot.Slack.Events;
using ConfBot.Slack.Identity;
using ConfBot.Slack.Serialization;
using Microsoft.Extensions.Logging;

namespace ConfBot.Slack.Pipeline;

/// <summary>
/// Bolt's "ignore self" rule, widened: any bot's message is dropped (answering bots invites loops), and so is
/// any message subtype (edits, deletes, joins, bot_message) because only fresh user text is a question — except
/// the subtypes that are a person writing: a message with a file (<c>file_share</c>) and a thread reply also sent
/// to the channel (<c>thread_broadcast</c>), which bolt-python treats as ordinary user messages too.
/// </summary>
internal sealed partial class IgnoreOwnMessagesStep(ISlackBotIdentity identity, ILogger<IgnoreOwnMessagesStep> logger) : ISlackStep
{
    public const string MessageType = "message";

    private static readonly HashSet<string> UserMessageSubtypes = ["file_share", "thread_broadcast"];

    public Task<SlackAnswer> InvokeAsync(SlackDelivery delivery, SlackNext next, CancellationToken cancellationToken)
    {
        if (delivery.Envelope?.Event is not { } raw)
            return next(delivery, cancellationToken);
        if (SlackJson.TryDeserialize(raw, SlackJsonContext.Default.EventHeader) is not { } header)
        {
            LogMalformed();
            return Task.FromResult(SlackAnswer.Ignored);
        }

        if (SkipReason(header) is { } reason)
        {
            LogSkipped(header.Type, reason);
            return Task.FromResult(SlackAnswer.Ignored);
        }

        return next(delivery with { Header = header }, cancellationToken);
    }

    private string? SkipReason(EventHeader header)
    {
        if (header.BotId is not null)
            return "sent by a bot";
        if (identity.Current is { } self && header.User == self.UserId)
            return "sent by this app";
        if (header.Type == MessageType && header.Subtype is not null && !UserMessageSubtypes.Contains(header.Subtype))
            return $"message subtype {header.Subtype}";
        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropping a malformed Slack event")]
    private partial void LogMalformed();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Skipping {Type} event: {Reason}")]
    private partial void LogSkipped(string type, string reason);
}
