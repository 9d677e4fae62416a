using ConfBot.Slack.Events;
using ConfBot.Slack.WebApi;

namespace ConfBot.Slack.Dispatch;

/// <summary>
/// Bolt's "ignore self" rules, widened: any bot's message is dropped (answering bots invites loops), and so is
/// any message subtype (edits, deletes, joins, bot_message) because only fresh user text is a question — except
/// the subtypes that are a person writing: a message with a file (<c>file_share</c>) and a thread reply also sent
/// to the channel (<c>thread_broadcast</c>), which bolt-python treats as ordinary user messages too.
/// </summary>
internal static class EventFilter
{
    public const string MessageType = "message";

    private static readonly HashSet<string> UserMessageSubtypes = ["file_share", "thread_broadcast"];

    /// <summary>Why the event should be dropped, or null to handle it.</summary>
    public static string? SkipReason(EventHeader header, AuthTestResult? self)
    {
        if (header.BotId is not null)
            return "sent by a bot";
        if (self is not null && header.User == self.UserId)
            return "sent by this app";
        if (header.Type == MessageType && header.Subtype is not null && !UserMessageSubtypes.Contains(header.Subtype))
            return $"message subtype {header.Subtype}";
        return null;
    }

    /// <summary>
    /// A second dedupe key for the rare duplicate that Slack sends with a new event_id; the type is part of it
    /// because one message can legitimately arrive as both <c>message</c> and <c>app_mention</c>.
    /// </summary>
    public static string? MessageKey(EventHeader header) =>
        header is { Channel: { } channel, Ts: { } ts } ? $"{header.Type}:{channel}:{ts}" : null;
}
