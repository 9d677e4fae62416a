namespace ConfBot.Bot.Replies;

/// <summary>
/// What a reply is and which talks it shows, in the notes' ids: carried with the posted message, so a later click or
/// redraw can tell what the message showed without state of its own.
/// </summary>
public sealed record ReplySubject(ReplyKind Kind, IReadOnlyList<string> TalkIds)
{
    /// <summary>A reply that is none of the kinds below and shows no talk in particular.</summary>
    public static ReplySubject Message { get; } = new(ReplyKind.Message, []);
}

/// <summary>The kinds of reply a surface tells apart.</summary>
public enum ReplyKind
{
    Message,

    /// <summary>Talks that answer a question (a page of them).</summary>
    Answer,

    /// <summary>A channel's daily digest.</summary>
    Digest,

    /// <summary>The greeting of the bot's own conversation.</summary>
    Welcome,
}
