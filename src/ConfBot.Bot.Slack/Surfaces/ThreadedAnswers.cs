using ConfBot.Bot.Slack.Rendering;
using ConfBot.Bot.Threads;
using ConfBot.Core.State;
using ConfBot.Slack.WebApi;

namespace ConfBot.Bot.Slack.Surfaces;

/// <summary>
/// Answers a message in its conversation and remembers, per thread, what the answer showed, so a follow-up there can
/// refer to it. Posted with <c>chat.postMessage</c> (events carry no <c>response_url</c>) because its timestamp is
/// the thread a reply to ConfBot's own answer will be in.
/// </summary>
internal sealed class ThreadedAnswers(ThreadConversations conversations, SlackContexts contexts, ISlackApiClient slack)
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
        var posted = await slack.PostMessageAsync(
            new ChatMessage { Channel = channelId, Text = message.Text, Blocks = message.Blocks, ThreadTs = threadTs, UnfurlLinks = false },
            cancellationToken);
        if (turn.Next is not { } next)
            return;
        // Outside a thread (a DM), the answer is both the conversation's latest and the parent of a thread on it.
        ThreadKey[] keys = threadTs is null ? [Key(channelId, null), Key(channelId, posted.Ts)] : [Key(channelId, threadTs)];
        await conversations.RememberAsync(keys, next, cancellationToken);
    }

    private static ThreadKey Key(string channelId, string? threadTs) => new(channelId, threadTs ?? "");
}
