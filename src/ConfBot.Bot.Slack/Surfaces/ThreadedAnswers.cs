using ConfBot.Bot.Slack.Rendering;
using ConfBot.Bot.Threads;
using ConfBot.Core.State;
using ConfBot.Slack.Responding;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>
/// Answers a message in its conversation and remembers, per thread, what the answer showed, so a follow-up there can
/// refer to it. Posted with <c>chat.postMessage</c> (events carry no <c>response_url</c>) because its timestamp is
/// the thread a reply to ConfBot's own answer will be in.
/// </summary>
internal sealed class ThreadedAnswers(ThreadConversations conversations, SlackContexts contexts, SlackReplies replies)
{
    /// <param name="threadTs">The thread the message is in (or, for a mention, opens); null for a DM's main flow.</param>
    public Task<ThreadAnswer?> LastAsync(string channelId, string? threadTs, CancellationToken cancellationToken) =>
        conversations.LastAsync(Key(channelId, threadTs), cancellationToken);

    /// <param name="last">The thread's last answer (<see cref="LastAsync"/>), for follow-ups to refer to.</param>
    /// <param name="quietWhenNothingFound">Post nothing when no talk answers, for replies nobody addressed to ConfBot.</param>
    public async Task AnswerAsync(
        string typed, string userId, string channelId, string? threadTs, BotSurface surface, ThreadAnswer? last, bool quietWhenNothingFound,
        CancellationToken cancellationToken)
    {
        var turn = await conversations.AnswerAsync(typed, last, contexts.For(userId, channelId, surface), cancellationToken);
        if (quietWhenNothingFound && turn.FoundNothing)
            return;
        var message = BlockKitRenderer.Message(turn.Reply);
        // Remembered before it is posted: a reply can come as soon as the answer shows, and must find what it showed.
        if (turn.Next is { } next)
            await conversations.RememberAsync([Key(channelId, threadTs)], next, cancellationToken);
        var posted = await replies.For(new ReplyTarget(userId, channelId, ThreadTs: threadTs)).PostAsync(message, cancellationToken);
        // Outside a thread (a DM's main flow), the answer is also the parent of a thread on it, known once posted.
        if (turn.Next is { } shown && threadTs is null)
            await conversations.RememberAsync([Key(channelId, posted.Ts)], shown, cancellationToken);
    }

    private static ThreadKey Key(string channelId, string? threadTs) => new(channelId, threadTs ?? "");
}
